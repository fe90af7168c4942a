#include "Base32.h"
#include "Vault.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    /// Every form in which a string could sit in a file by mistake.
    QList<QByteArray> formsOf(const QString& text)
    {
        QStringEncoder utf16le(QStringEncoder::Utf16LE);
        QStringEncoder utf16be(QStringEncoder::Utf16BE);
        return {text.toUtf8(), text.toLatin1(), QByteArray(utf16le(text)), QByteArray(utf16be(text)),
            text.toLower().toUtf8(), text.toUtf8().toBase64()};
    }

    QList<QByteArray> formsOfSecret(const QByteArray& secret)
    {
        const QString base32 = Base32::encode(secret);
        QList<QByteArray> forms = formsOf(base32);
        forms.append(secret);
        forms.append(secret.toHex());
        forms.append(secret.toBase64());
        forms.append(base32.toLower().toUtf8());
        return forms;
    }

    /// Which of `needles` occur in `haystack` (a description of each hit).
    QStringList hits(const QByteArray& haystack, const QList<QPair<QString, QList<QByteArray>>>& needles)
    {
        QStringList found;
        for (const auto& [what, forms] : needles) {
            for (const QByteArray& form : forms) {
                if (form.size() >= 4 && haystack.contains(form)) {
                    found.append(what + QStringLiteral(" as ") + QString::fromLatin1(form.toHex()));
                }
            }
        }
        return found;
    }
}

TEST(VaultLeak, NothingAboutAnAccountIsInTheFileInAnyForm)
{
    VaultDir dir;
    const QByteArray secret = QByteArray::fromHex("3a7bd3e2360a3d29eea436fcfb7e44c735d117c4");
    Account account(OtpParameters::create(OtpType::Totp, secret).value());
    account.issuer = QStringLiteral("Zyxwvutsrq Bank");
    account.accountName = QStringLiteral("jonquil.emberly@example.net");
    account.note = QStringLiteral("Ledger drawer tangerine");
    account.tags = {QStringLiteral("quokkatag")};
    account.recovery.email = QStringLiteral("backup.marmalade@example.com");
    account.recovery.phone = QStringLiteral("+1 555 0199 4242");
    account.recovery.recoveryUrl = QStringLiteral("https://recover.zyxwvutsrq.example/flow");
    account.recovery.recoveryCodes = {{QStringLiteral("wombat-7731"), false, QDateTime()}};

    const QList<QPair<QString, QList<QByteArray>>> needles = {
        {QStringLiteral("issuer"), formsOf(account.issuer)},
        {QStringLiteral("account name"), formsOf(account.accountName)},
        {QStringLiteral("note"), formsOf(account.note)},
        {QStringLiteral("tag"), formsOf(account.tags.first())},
        {QStringLiteral("email"), formsOf(account.recovery.email)},
        {QStringLiteral("phone"), formsOf(account.recovery.phone)},
        {QStringLiteral("recovery URL"), formsOf(account.recovery.recoveryUrl)},
        {QStringLiteral("recovery code"), formsOf(QStringLiteral("wombat-7731"))},
        {QStringLiteral("secret"), formsOfSecret(secret)},
        {QStringLiteral("password"), formsOf(tessera::test::testPassword())},
    };

    // A positive control: the search does find these strings when they are stored in the clear.
    const QString control = dir.path(QStringLiteral("control.sqlite"));
    tessera::test::execSql(control, QStringLiteral("CREATE TABLE t (a TEXT, b BLOB)"));
    tessera::test::execSql(control, QStringLiteral("INSERT INTO t VALUES (?, ?)"), {account.issuer, secret});
    const QString controlHits = hits(tessera::test::readFile(control), needles).join(QLatin1Char(' '));
    EXPECT_TRUE(controlHits.contains(QStringLiteral("issuer as"))) << controlHits.toStdString();
    EXPECT_TRUE(controlHits.contains(QStringLiteral("secret as"))) << controlHits.toStdString();
    {
        auto vault = tessera::test::createVault(dir.path());
        ASSERT_TRUE(vault);
        const QUuid id = vault->add(account).value();
        // Rewrite, trash and restore, so old page images have come and gone too.
        for (int i = 0; i < 5; ++i) {
            ASSERT_TRUE(vault->modify(id, [i](Account& a) { a.favorite = i % 2 == 0; }).ok());
        }
        ASSERT_TRUE(vault->moveToTrash(id).ok());
        ASSERT_TRUE(vault->restore(id).ok());
        ASSERT_TRUE(vault->add(tessera::test::makeAccount(QStringLiteral("Other"), QStringLiteral("o"))).ok());
    }
    for (const QFileInfo& file : QDir(dir.dir.path()).entryInfoList(QDir::Files)) {
        if (file.fileName() == QStringLiteral("control.sqlite")) {
            continue;
        }
        const QStringList found = hits(tessera::test::readFile(file.filePath()), needles);
        EXPECT_TRUE(found.isEmpty()) << file.fileName().toStdString() << ": "
                                     << found.join(QStringLiteral(", ")).toStdString();
    }
}
