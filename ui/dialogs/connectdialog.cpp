#include "connectdialog.h"

#include "store/server.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
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
    m_tls = new QComboBox;
    m_tls->setObjectName(QStringLiteral("tlsBox"));
    m_tls->addItem(tr("Verify the server's certificate and name"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Verify the server's certificate only"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Encrypt without verifying the server"), QStringLiteral("require"));
    m_rootCert = new QLineEdit;
    m_rootCert->setObjectName(QStringLiteral("rootCertEdit"));
    m_rootCert->setPlaceholderText(tr("~/.postgresql/root.crt"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the root certificate file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Root certificate"), m_rootCert->text(),
                                                           tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty()) m_rootCert->setText(file);
    });
    auto *rootRow = new QHBoxLayout;
    rootRow->setContentsMargins(0, 0, 0, 0);
    rootRow->addWidget(m_rootCert, 1);
    rootRow->addWidget(browse);
    m_tlsNote = new QLabel;
    m_tlsNote->setObjectName(QStringLiteral("tlsNote"));
    m_tlsNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    // A layout takes no buddy: the label names the file field itself, so Alt+R lands there.
    auto *rootLabel = new QLabel(tr("&Root certificate:"));
    rootLabel->setBuddy(m_rootCert);
    form->addRow(rootLabel, rootRow);
    form->addRow(QString(), m_tlsNote);
    auto *note = new QLabel(tr("Målkoll never saves the password; it is used for this connection only."));
    note->setWordWrap(true);
    // Ordinary text colour: a greyed note fails the contrast EN 301 549 asks for (4.5:1).
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
    connect(m_rootCert, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::update);
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
    const int tls = m_tls->findData(a->effectiveSslMode());
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
    m_rootCert->setText(a->sslrootcert);
}

namespace {
ServerAddress fromFields(const QString &host, int port, const QString &database, const QString &user, const QString &tls,
                         const QString &rootCert)
{
    ServerAddress a;
    a.host = host.trimmed().isEmpty() ? QStringLiteral("localhost") : host.trimmed();
    a.port = port;
    a.database = database.trimmed();
    a.user = user.trimmed();
    // verify-full is the default over TCP: the URL names only a choice of less.
    if (!a.isSocket() && tls != u"verify-full") a.sslmode = tls;
    if (!a.isSocket()) a.sslrootcert = rootCert.trimmed();
    return a;
}
} // namespace

QString ConnectDialog::address() const
{
    return fromFields(m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_tls->currentData().toString(),
                      m_rootCert->text())
        .toString();
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
    const bool socket = m_host->text().trimmed().startsWith(u'/');
    m_tls->setEnabled(!socket);
    m_rootCert->setEnabled(!socket);
    const QString mode = m_tls->currentData().toString();
    if (socket)
        m_tlsNote->setText(tr("A socket folder on this computer: nothing goes over the network, so there is nothing to encrypt."));
    else if (mode == u"verify-full")
        m_tlsNote->setText(tr("Målkoll talks to the server only over TLS, and only when its certificate is signed by the root "
                              "certificate and names the server “%1”. Otherwise it stops before sending the password.")
                               .arg(m_host->text().trimmed().isEmpty() ? QStringLiteral("localhost") : m_host->text().trimmed()));
    else if (mode == u"verify-ca")
        m_tlsNote->setText(tr("Målkoll talks to the server only over TLS and only when its certificate is signed by the root "
                              "certificate; the name in the certificate is not checked."));
    else
        m_tlsNote->setText(tr("Encrypted, but the server is not verified: another machine pretending to be the server would "
                              "receive your password. Use this only on a network you trust."));
}

} // namespace malkoll
