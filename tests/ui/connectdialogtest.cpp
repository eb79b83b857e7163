// Arkiv → Anslut till server…: what the dialog makes of the fields, and what it says is checked
// before the password goes to the server.
#include "dialogs/connectdialog.h"
#include "store/server.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace malkoll;

TEST(ConnectDialogTest, TheServerIsVerifiedUnlessThePersonChoosesLess)
{
    ConnectDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("malkoll.stockholm.se"));
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("kungsholmen"));
    dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("asa"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("hemligt å"));
    auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsBox"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("tlsNote"));
    ASSERT_TRUE(tls && note);
    // The default: verify-full, which the URL need not name.
    EXPECT_EQ(dialog.address(), QStringLiteral("postgresql://asa@malkoll.stockholm.se/kungsholmen"));
    EXPECT_EQ(ServerAddress::parse(dialog.address())->effectiveSslMode(), QStringLiteral("verify-full"));
    EXPECT_TRUE(note->text().contains(QStringLiteral("malkoll.stockholm.se"))) << note->text().toStdString();
    EXPECT_FALSE(dialog.address().contains(QStringLiteral("hemligt")));
    const auto withPassword = ServerAddress::parse(dialog.connectionUrl());
    ASSERT_TRUE(withPassword);
    EXPECT_EQ(withPassword->password, QStringLiteral("hemligt å"));

    tls->setCurrentIndex(tls->findData(QStringLiteral("require")));
    dialog.findChild<QLineEdit *>(QStringLiteral("rootCertEdit"))->setText(QStringLiteral("/etc/ssl/stad-rot.crt"));
    const auto chosen = ServerAddress::parse(dialog.connectionUrl());
    ASSERT_TRUE(chosen) << chosen.error().toStdString();
    EXPECT_EQ(chosen->sslmode, QStringLiteral("require"));
    EXPECT_EQ(chosen->sslrootcert, QStringLiteral("/etc/ssl/stad-rot.crt"));
    EXPECT_EQ(chosen->password, QStringLiteral("hemligt å"));
    EXPECT_TRUE(note->text().contains(QStringLiteral("password"))) << note->text().toStdString();

    // A remembered address comes back with its choice.
    ConnectDialog again;
    again.setAddress(QStringLiteral("postgresql://asa@db.example:5433/norrmalm?sslmode=verify-ca&sslrootcert=%2Fx%2Froot.crt"));
    EXPECT_EQ(again.findChild<QComboBox *>(QStringLiteral("tlsBox"))->currentData().toString(), QStringLiteral("verify-ca"));
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("rootCertEdit"))->text(), QStringLiteral("/x/root.crt"));
    EXPECT_EQ(again.findChild<QSpinBox *>(QStringLiteral("portBox"))->value(), 5433);

    // A socket folder goes over no network: nothing to choose.
    again.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("/var/run/postgresql"));
    EXPECT_FALSE(again.findChild<QComboBox *>(QStringLiteral("tlsBox"))->isEnabled());
    EXPECT_FALSE(again.address().contains(QStringLiteral("sslmode")));
}

// What a person sees, in Swedish and English (MALKOLL_SCREENSHOT_DIR=folder to look at it): every
// field and the note fit the dialog at its own size hint.
TEST(ConnectDialogTest, EveryLabelFitsInSwedishAndEnglish)
{
    for (const char *language : {"sv", "en"}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/malkoll_%1.qm").arg(QLatin1String(language))));
        QApplication::installTranslator(&translator);
        {
            ConnectDialog dialog;
            dialog.setAddress(QStringLiteral("postgresql://åsa.öberg@malkoll.stockholm.se/kungsholmen"));
            dialog.resize(dialog.sizeHint());
            dialog.show();
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->text().isEmpty()) continue;
                // A mnemonic needs a buddy, or the '&' is drawn as it stands and the key does nothing.
                if (label->text().remove(QStringLiteral("&&")).contains(QLatin1Char('&'))) {
                    EXPECT_NE(label->buddy(), nullptr) << language << ": " << label->text().toStdString();
                }
                EXPECT_TRUE(label->styleSheet().isEmpty()) << "own colours lose contrast: " << label->text().toStdString();
                if (label->wordWrap()) continue;
                EXPECT_LE(label->sizeHint().width(), label->width() + 1) << language << ": " << label->text().toStdString();
            }
            if (std::string(language) == "sv") {
                EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("tlsBox"))->currentText(),
                          QStringLiteral("Kontrollera serverns certifikat och namn"));
            }
            if (const QString dir = qEnvironmentVariable("MALKOLL_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog.grab().save(dir + QStringLiteral("/connect-dialog-%1.png").arg(QLatin1String(language)));
        }
        QApplication::removeTranslator(&translator);
    }
}
