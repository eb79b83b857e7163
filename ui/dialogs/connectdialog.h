#pragma once
// Arkiv → Anslut till server…: the committee's shared store on PostgreSQL — server (a name, or a
// socket folder), port, database, login and, when the server asks for one, a password that is used
// for this connection only and never saved (Kerberos and ~/.pgpass need none); and how the server
// is checked before the password goes to it (TLS: verify-full unless the person chooses less).
#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;
class QPushButton;

namespace malkoll {

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setAddress(const QString &url); // fills the fields from postgresql://user@host:port/db
    QString address() const;             // the same, without the password: what is remembered
    QString connectionUrl() const;       // with the password, if one was typed: for this connection only

private:
    void update();
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLineEdit *m_rootCert;
    QLabel *m_tlsNote;
    QLabel *m_preview;
    QPushButton *m_okButton;
};

} // namespace malkoll
