#include "TesseraBackupFormat.h"
#include "ByteDecoding.h"
#include "FormatDetector.h"
#include "PasswordKdf.h"
#include "TransferTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    ExportOptions backupOptions(Random& random, const QString& password = QStringLiteral("backup pässword"))
    {
        ExportOptions options;
        options.password = password;
        options.backupKdf = PasswordKdf::minimum();
        options.random = &random;
        options.now = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000LL, Qt::UTC);
        return options;
    }
}

TEST(TesseraBackupFormat, RoundTripKeepsTheWholeAccountValue)
{
    TesseraBackupFormat format;
    FixedRandom random(21);
    const QList<Account> accounts = richAccounts();
    auto written = format.write(accounts, backupOptions(random));
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_TRUE(written->leftOut.isEmpty());
    EXPECT_TRUE(written->data.startsWith("TESSERA-BACKUP\r\n"));
    EXPECT_EQ(format.detect(written->data), Format::Certain);
    EXPECT_TRUE(format.isEncrypted(written->data));
    // Nothing readable inside: no secret, no name.
    EXPECT_FALSE(written->data.contains("Example Bank"));
    EXPECT_FALSE(written->data.contains("GEZDGNBV"));

    auto back = format.read(written->data, QStringLiteral("backup pässword"));
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    ASSERT_EQ(back->accounts.size(), accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        EXPECT_EQ(back->accounts[i], accounts[i]) << describe(accounts[i]).toStdString();
    }
    EXPECT_EQ(back->accounts[0].recovery.recoveryCodes.size(), 2);
    EXPECT_TRUE(back->accounts[3].isTrashed());
}

TEST(TesseraBackupFormat, HeaderIsAuthenticated)
{
    TesseraBackupFormat format;
    FixedRandom random(22);
    auto written = format.write(fixtureAccounts(), backupOptions(random));
    ASSERT_TRUE(written.ok());
    const QString password = QStringLiteral("backup pässword");
    ASSERT_TRUE(format.read(written->data, password).ok());
    // Any changed byte is detected: header (salt, parameters), nonce, ciphertext, tag.
    for (const qsizetype offset : {qsizetype(35), qsizetype(50), qsizetype(100), written->data.size() - 1}) {
        QByteArray changed = written->data;
        changed[offset] = static_cast<char>(changed[offset] ^ 0x20);
        auto result = format.read(changed, password);
        ASSERT_FALSE(result.ok()) << offset;
        EXPECT_EQ(result.error().kind(), Error::Kind::WrongPassword) << offset;
    }
    auto wrong = format.read(written->data, QStringLiteral("backup password"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind(), Error::Kind::WrongPassword);
    auto missing = format.read(written->data, std::nullopt);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message().contains(u"encrypted"));
}

TEST(TesseraBackupFormat, RefusesOtherVersionsAndUnboundedKdf)
{
    TesseraBackupFormat format;
    FixedRandom random(23);
    auto written = format.write(fixtureAccounts(), backupOptions(random));
    ASSERT_TRUE(written.ok());
    QByteArray newer = written->data;
    newer[17] = 2;
    EXPECT_EQ(format.read(newer, QStringLiteral("x")).error().kind(), Error::Kind::Unsupported);
    QByteArray hostile = written->data;
    hostile[24] = '\x7F'; // a memory limit of exabytes
    auto refused = format.read(hostile, QStringLiteral("x"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Unsupported);
    QByteArray mangled = written->data;
    mangled.replace("\r\n", "\n");
    auto lineEnds = format.read(mangled, QStringLiteral("x"));
    ASSERT_FALSE(lineEnds.ok());
    EXPECT_TRUE(lineEnds.error().message().contains(u"line ends"));
    // Recognised as a Tessera backup all the same (it was taken for an encrypted andOTP file before).
    auto detected = FormatDetector().read(mangled, QStringLiteral("x"));
    ASSERT_FALSE(detected.ok());
    EXPECT_TRUE(detected.error().message().contains(u"line ends")) << detected.error().message().toStdString();
    EXPECT_EQ(format.read(written->data.first(60), QStringLiteral("x")).error().kind(), Error::Kind::InvalidInput);

    ExportOptions noPassword = backupOptions(random);
    noPassword.password.reset();
    EXPECT_FALSE(format.write(fixtureAccounts(), noPassword).ok());
    ExportOptions weak = backupOptions(random);
    weak.backupKdf = {0, 1024};
    EXPECT_FALSE(format.write(fixtureAccounts(), weak).ok());
}

TEST(TesseraBackupFormat, ReadsIndependentlyWrittenFixture)
{
    // Written by tests/tools/make_transfer_fixtures.py from docs/backup-format.md (Python + the argon2 tool).
    TesseraBackupFormat format;
    const QByteArray data = readData(QStringLiteral("tessera_backup.tessera-backup"));
    auto parameters = TesseraBackupFormat::kdfParameters(data);
    ASSERT_TRUE(parameters.ok());
    EXPECT_EQ(parameters->opsLimit, 1U);
    EXPECT_EQ(parameters->memLimitBytes, 8ULL << 20);
    auto result = format.read(data, QStringLiteral("fixture-password"));
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    const Account* alice = findBySecret(result->accounts, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    ASSERT_NE(alice, nullptr);
    EXPECT_EQ(alice->recovery.email, u"alice@example.com");
    EXPECT_EQ(alice->recovery.secondFactor, SecondFactor::Device);
    EXPECT_EQ(alice->recovery.recoveryCodes.size(), 1);
    EXPECT_TRUE(alice->favorite);
    EXPECT_EQ(alice->createdAt, QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(alice->modifiedAt, QDateTime(QDate(2026, 5, 2), QTime(11, 30, 0, 250), Qt::UTC));
}
