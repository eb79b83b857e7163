#pragma once
// The selected goal: level, number and title; the engine's suggested assessment with its
// reasons; and the person's assessment and analysis, saved as they are made. An assessment that
// differs from the suggestion shows a warning, never a block.
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace malkoll {

class PeriodSession;

class GoalPanel : public QWidget
{
    Q_OBJECT
public:
    // The goal's number and title: shown by the entry view above the tables, the rest of the panel
    // (suggestion, assessment, analysis) on a tab of its own.
    QLabel *header() const { return m_header; }
    explicit GoalPanel(PeriodSession *session, QWidget *parent = nullptr);
    void setGoal(qint64 goalId);
    qint64 goalId() const { return m_goalId; }

    QComboBox *assessmentBox() const { return m_assessment; }
    QPlainTextEdit *analysisEdit() const { return m_analysis; }
    QString suggestionText() const;
    bool warningShown() const;
    void saveAnalysis(); // saves the analysis text if it changed

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void refresh();
    void saveAssessment();

    PeriodSession *m_session;
    qint64 m_goalId = 0;
    QLabel *m_header = nullptr;
    QLabel *m_suggestion = nullptr;
    QLabel *m_warning = nullptr;
    QComboBox *m_assessment = nullptr;
    QPlainTextEdit *m_analysis = nullptr;
    bool m_filling = false;
};

} // namespace malkoll
