#include "goalpanel.h"

#include "periodsession.h"
#include "presentation/statuspresentation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QAccessible>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace malkoll {

GoalPanel::GoalPanel(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("goalHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_suggestion = new QLabel;
    m_suggestion->setObjectName(QStringLiteral("goalSuggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::RichText);
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("goalWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(StatusPresentation::bannerStyle(QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xf4, 0xd6), 3));
    m_warning->hide();
    m_assessment = new QComboBox;
    m_assessment->setObjectName(QStringLiteral("assessmentBox"));
    for (Assessment a : {Assessment::NotSet, Assessment::Full, Assessment::Partly, Assessment::NotMet, Assessment::NotAssessed})
        m_assessment->addItem(StatusPresentation::assessmentIcon(a), StatusPresentation::assessmentText(a), int(a));
    m_analysis = new QPlainTextEdit;
    m_analysis->setObjectName(QStringLiteral("assessmentAnalysis"));
    m_analysis->setTabChangesFocus(true);
    m_analysis->setPlaceholderText(tr("The analysis of the assessment; saved when you leave the field (or Ctrl+Enter)."));
    m_analysis->setMaximumHeight(72);
    m_analysis->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Suggestion:"), m_suggestion);
    form->addRow(tr("&Assessment:"), m_assessment);
    form->addRow(tr("Analys&is:"), m_analysis);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_warning);

    connect(m_assessment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) saveAssessment();
    });
    connect(m_session, &PeriodSession::changed, this, &GoalPanel::refresh);
    connect(m_session, &PeriodSession::loaded, this, &GoalPanel::refresh);
}

void GoalPanel::setGoal(qint64 goalId)
{
    saveAnalysis();
    m_goalId = goalId;
    refresh();
}

QString GoalPanel::suggestionText() const { return m_suggestion->text(); }
bool GoalPanel::warningShown() const { return !m_warning->isHidden(); }

void GoalPanel::refresh()
{
    const auto snapshot = m_session->snapshot();
    const Goal *goal = snapshot ? snapshot->goal(m_goalId) : nullptr;
    const GoalEvaluation *ev = goal ? m_session->evaluation()->goal(m_goalId) : nullptr;
    m_assessment->setEnabled(goal && m_session->mayWriteCommittee());
    m_analysis->setReadOnly(!goal || !m_session->mayWriteCommittee());
    if (!goal || !ev) {
        m_header->setText(snapshot ? tr("No goal selected.") : tr("Open a store with File → Open."));
        m_suggestion->clear();
        m_warning->hide();
        return;
    }
    m_header->setText(QStringLiteral("<span style='color:gray'>%1</span><br><b style='font-size:large'>%2 %3</b>")
                          .arg(goalLevelName(goal->level).toHtmlEscaped(), goal->number.toHtmlEscaped(),
                               goal->title.toHtmlEscaped()));
    const Language lang = StatusPresentation::language();
    if (ev->suggestion == Assessment::NotSet)
        m_suggestion->setText(tr("none – %1").arg(RollupRule::reasons(ev->counts, lang).toHtmlEscaped()));
    else
        m_suggestion->setText(QStringLiteral("<span style='color:%1'>●</span> <b>%2</b> – %3")
                                  .arg(StatusPresentation::assessmentColor(ev->suggestion).name(),
                                       StatusPresentation::assessmentText(ev->suggestion).toHtmlEscaped(),
                                       RollupRule::reasons(ev->counts, lang).toHtmlEscaped()));
    m_suggestion->setToolTip(RollupRule::describe(lang));
    const auto stored = snapshot->assessments.constFind(m_goalId);
    const Assessment assessment = stored == snapshot->assessments.cend() ? Assessment::NotSet : stored->assessment;
    m_filling = true;
    m_assessment->setCurrentIndex(m_assessment->findData(int(assessment)));
    if (!m_analysis->hasFocus())
        m_analysis->setPlainText(stored == snapshot->assessments.cend() ? QString() : stored->analysis);
    m_filling = false;
    const bool differs = assessment != Assessment::NotSet && assessment != Assessment::NotAssessed &&
                         ev->suggestion != Assessment::NotSet && assessment != ev->suggestion;
    m_warning->setText(tr("⚠ The assessment “%1” differs from the suggestion “%2”. Explain why in the analysis.")
                           .arg(StatusPresentation::assessmentText(assessment),
                                StatusPresentation::assessmentText(ev->suggestion)));
    const bool appears = differs && m_warning->isHidden();
    m_warning->setVisible(differs);
    if (appears && QAccessible::isActive()) { // said, not only shown
        QAccessibleEvent alert(m_warning, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void GoalPanel::saveAssessment()
{
    const auto snapshot = m_session->snapshot();
    if (!snapshot || !snapshot->goal(m_goalId)) return;
    GoalAssessment a;
    a.goalId = m_goalId;
    a.period = snapshot->period;
    a.assessment = Assessment(m_assessment->currentData().toInt());
    a.analysis = m_analysis->toPlainText().trimmed();
    if (!m_session->editAssessment(a)) refresh(); // refused: show what is stored
}

void GoalPanel::saveAnalysis()
{
    const auto snapshot = m_session->snapshot();
    if (!snapshot || !snapshot->goal(m_goalId) || m_analysis->isReadOnly()) return;
    const auto stored = snapshot->assessments.constFind(m_goalId);
    const QString before = stored == snapshot->assessments.cend() ? QString() : stored->analysis;
    if (m_analysis->toPlainText().trimmed() == before) return;
    saveAssessment();
}

bool GoalPanel::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_analysis) {
        if (event->type() == QEvent::FocusOut) saveAnalysis();
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
                saveAnalysis();
                return true;
            }
        }
    }
    return QWidget::eventFilter(object, event);
}

} // namespace malkoll
