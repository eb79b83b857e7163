#include "connectdialog.h"

#include "store/server.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace malkoll {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    setObjectName(QStringLiteral("connectDialog"));
    auto *intro = new QLabel(tr("A committee's shared store on PostgreSQL. You log in as yourself: what you may change "
                                "(your units' values, or the plan as a controller) is decided by the server."));
    intro->setWordWrap(true);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. malkoll.stockholm.se"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("e.g. kungsholmen"));
    m_user = new QLineEdit(qEnvironmentVariable("USER"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty with Kerberos or ~/.pgpass"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("Målkoll never saves the password; it is used for this connection only."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("addressPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    for (QLineEdit *e : {m_host, m_database, m_user}) connect(e, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    setMinimumWidth(480);
    update();
}

void ConnectDialog::setAddress(const QString &url)
{
    auto a = ServerAddress::parse(url);
    if (!a) return;
    m_host->setText(a->host);
    m_port->setValue(a->port);
    m_database->setText(a->database);
    m_user->setText(a->user);
}

namespace {
ServerAddress fromFields(const QString &host, int port, const QString &database, const QString &user)
{
    ServerAddress a;
    a.host = host.trimmed().isEmpty() ? QStringLiteral("localhost") : host.trimmed();
    a.port = port;
    a.database = database.trimmed();
    a.user = user.trimmed();
    return a;
}
} // namespace

QString ConnectDialog::address() const
{
    return fromFields(m_host->text(), m_port->value(), m_database->text(), m_user->text()).toString();
}

QString ConnectDialog::connectionUrl() const
{
    const QString url = address();
    const QString password = m_password->text();
    if (password.isEmpty()) return url;
    // postgresql://user:password@host/db, the password percent-encoded like the rest.
    const QString user = QString::fromUtf8(QUrl::toPercentEncoding(m_user->text().trimmed()));
    return url.left(13) + user + u':' + QString::fromUtf8(QUrl::toPercentEncoding(password)) + url.mid(13 + user.size());
}

void ConnectDialog::update()
{
    const bool complete = !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_okButton->setEnabled(complete);
    m_preview->setText(complete ? tr("Address: %1").arg(address()) : tr("Give the database and your login."));
}

} // namespace malkoll
