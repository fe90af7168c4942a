// Tessera → format → Tessera for every exporter (the PDF is read back in PdfExporterTest). A round trip through
// our own code proves little on its own: IndependentReaderTest reads the same exports with other tools.
#include "AegisFormat.h"
#include "FormatDetector.h"
#include "GoogleMigration.h"
#include "GoogleMigrationImport.h"
#include "PasswordKdf.h"
#include "TransferTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    QList<Account> activeAccounts()
    {
        QList<Account> accounts;
        for (const Account& account : richAccounts()) {
            if (!account.isTrashed()) {
                accounts.append(account);
            }
        }
        return accounts;
    }

    ImportResult exportAndImport(const QString& formatId, const QList<Account>& accounts, const ExportOptions& options)
    {
        const FormatDetector detector;
        const Format* format = detector.format(formatId);
        EXPECT_NE(format, nullptr);
        auto written = format->write(accounts, options);
        EXPECT_TRUE(written.ok()) << formatId.toStdString() << ": "
                                  << (written.ok() ? std::string() : written.error().message().toStdString());
        if (!written.ok()) {
            return {};
        }
        auto detection = detector.detect(written->data);
        EXPECT_TRUE(detection.ok());
        if (detection.ok()) {
            EXPECT_EQ(detection->format->id(), formatId);
        }
        auto read = detector.read(written->data, options.password);
        EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : read.error().message().toStdString());
        return read.ok() ? *read : ImportResult();
    }
}

TEST(RoundTrip, TesseraBackupKeepsEverything)
{
    FixedRandom random(31);
    ExportOptions options;
    options.password = QStringLiteral("round trip");
    options.backupKdf = PasswordKdf::minimum();
    options.random = &random;
    const ImportResult back = exportAndImport(QStringLiteral("tessera"), richAccounts(), options);
    ASSERT_EQ(back.accounts.size(), richAccounts().size());
    for (qsizetype i = 0; i < back.accounts.size(); ++i) {
        EXPECT_EQ(back.accounts[i], richAccounts()[i]) << i;
    }
}

TEST(RoundTrip, AegisPlainAndEncryptedKeepWhatAegisHolds)
{
    for (const bool encrypted : {false, true}) {
        FixedRandom random(32);
        ExportOptions options;
        options.random = &random;
        if (encrypted) {
            options.password = QStringLiteral("round trip");
        }
        const ImportResult back = exportAndImport(QStringLiteral("aegis"), richAccounts(), options);
        const QList<Account> expected = activeAccounts();
        ASSERT_EQ(back.accounts.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Account& a = back.accounts[i];
            const Account& e = expected[i];
            EXPECT_EQ(a.id, e.id);
            EXPECT_EQ(a.issuer, e.issuer);
            EXPECT_EQ(a.accountName, e.accountName);
            EXPECT_EQ(a.parameters, e.parameters);
            EXPECT_EQ(a.note, e.note);
            EXPECT_EQ(a.tags, e.tags);
            EXPECT_EQ(a.favorite, e.favorite);
        }
    }
}

TEST(RoundTrip, OtpauthListKeepsLabelsAndParameters)
{
    const ImportResult back = exportAndImport(QStringLiteral("uris"), richAccounts(), {});
    EXPECT_EQ(compareAccounts(activeAccounts(), back.accounts), QString());
}

TEST(RoundTrip, GoogleAuthenticatorCodesKeepWhatTheyCanCarry)
{
    FixedRandom random(33);
    ExportOptions options;
    options.random = &random;
    QList<Account> accounts = manyAccounts(23);
    accounts.append(fixtureAccounts()); // 2 of these 5 can be carried
    const ImportResult back = exportAndImport(QStringLiteral("google-migration"), accounts, options);
    QList<Account> expected = manyAccounts(23);
    expected.append(fixtureAccounts()[0]);
    expected.append(fixtureAccounts()[4]);
    EXPECT_EQ(compareAccounts(expected, back.accounts), QString());
    EXPECT_TRUE(back.warnings.isEmpty());

    // The same through QR-code images decoded again.
    FixedRandom again(33);
    auto encoded = GoogleMigration::encode(accounts, again);
    ASSERT_TRUE(encoded.ok());
    ASSERT_EQ(encoded->uris.size(), 3);
    GoogleMigrationImport collector;
    for (qsizetype i = encoded->uris.size() - 1; i >= 0; --i) {
        ASSERT_TRUE(collector.addUri(encoded->uris[i]).ok());
    }
    EXPECT_EQ(compareAccounts(expected, collector.result().accounts), QString());
}
