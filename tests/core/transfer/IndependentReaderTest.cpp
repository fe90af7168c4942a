// Every exported format read back by something that is not Tessera: Python scripts written from the format
// notes (tests/tools, Debian's python3-cryptography), Debian's argon2 tool, protoc --decode_raw and zbarimg.
#include "AegisFormat.h"
#include "GoogleMigration.h"
#include "PasswordKdf.h"
#include "ProcessRunner.h"
#include "TesseraBackupFormat.h"
#include "TestConfig.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    // Debian's interpreter with Debian's python3-cryptography, never a pyenv one from PATH.
    const QString Python = QStringLiteral("/usr/bin/python3");

    QString tool(const QString& name)
    {
        return QDir(QStringLiteral(TESSERA_TEST_DATA_DIR)).filePath(QStringLiteral("../tools/") + name);
    }

    QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }

    /// Checks the entries an independent reader printed against the accounts exported.
    void expectEntries(const QJsonArray& entries, const QList<Account>& accounts)
    {
        ASSERT_EQ(entries.size(), accounts.size());
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const QJsonObject entry = entries[i].toObject();
            const QJsonObject info = entry.value(u"info").toObject();
            const OtpParameters& p = accounts[i].parameters;
            EXPECT_EQ(entry.value(u"type").toString(), OtpParameters::typeName(p.type()));
            EXPECT_EQ(entry.value(u"issuer").toString(), accounts[i].issuer);
            EXPECT_EQ(entry.value(u"name").toString(), accounts[i].accountName);
            EXPECT_EQ(info.value(u"secret").toString(), p.secretBase32());
            EXPECT_EQ(info.value(u"algo").toString(), OtpParameters::algorithmName(p.algorithm()));
            EXPECT_EQ(info.value(u"digits").toInt(), p.digits());
            if (p.type() == OtpType::Hotp) {
                EXPECT_EQ(info.value(u"counter").toInteger(), static_cast<qint64>(p.counter()));
            } else {
                EXPECT_EQ(info.value(u"period").toInt(), p.period());
            }
        }
    }
}

TEST(IndependentReader, AegisExportsOpenWithPythonCryptography)
{
    QTemporaryDir dir;
    AegisFormat format;
    for (const bool encrypted : {true, false}) {
        FixedRandom random(41);
        ExportOptions options;
        options.random = &random;
        if (encrypted) {
            options.password = QStringLiteral("Ägis pässword");
        }
        auto written = format.write(fixtureAccounts(), options);
        ASSERT_TRUE(written.ok());
        const QString path = writeTemp(dir, QStringLiteral("aegis.json"), written->data);
        QStringList arguments{tool(QStringLiteral("read_aegis.py")), path};
        if (encrypted) {
            arguments.append(*options.password);
        }
        const auto run = runProcess(Python, arguments);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonObject content = QJsonDocument::fromJson(run.out).object();
        EXPECT_EQ(content.value(u"version").toInt(), 3);
        expectEntries(content.value(u"entries").toArray(), fixtureAccounts());
        if (encrypted) {
            const auto wrong
                = runProcess(Python, {tool(QStringLiteral("read_aegis.py")), path, QStringLiteral("nope")});
            EXPECT_EQ(wrong.exitCode, 1);
        }
    }
}

TEST(IndependentReader, TesseraBackupOpensWithArgon2ToolAndPython)
{
    requireTool(QStringLiteral("argon2"));
    QTemporaryDir dir;
    TesseraBackupFormat format;
    // Salt bytes are lower-case letters: the argon2 tool takes its salt as a command-line argument.
    FixedRandom random(42, true);
    ExportOptions options;
    options.password = QStringLiteral("backup pässword");
    options.backupKdf = {2, 16ULL << 20};
    options.random = &random;
    const QList<Account> accounts = richAccounts();
    auto written = format.write(accounts, options);
    ASSERT_TRUE(written.ok());
    const QString path = writeTemp(dir, QStringLiteral("vault.tessera-backup"), written->data);

    const auto header = runProcess(Python, {tool(QStringLiteral("tessera_backup.py")), QStringLiteral("header"), path});
    ASSERT_EQ(header.exitCode, 0) << header.err.toStdString();
    const QJsonObject parameters = QJsonDocument::fromJson(header.out).object();
    EXPECT_EQ(parameters.value(u"ops").toInt(), 2);
    EXPECT_EQ(parameters.value(u"mem_kib").toInt(), 16384);
    const QByteArray salt = QByteArray::fromHex(parameters.value(u"salt_hex").toString().toLatin1());
    ASSERT_EQ(salt.size(), 16);

    const auto derived = runProcess(QStringLiteral("argon2"),
        {QString::fromLatin1(salt), QStringLiteral("-id"), QStringLiteral("-t"), QStringLiteral("2"),
            QStringLiteral("-k"), QStringLiteral("16384"), QStringLiteral("-p"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("32"), QStringLiteral("-r")},
        options.password->toUtf8());
    ASSERT_EQ(derived.exitCode, 0) << derived.err.toStdString();
    const QString key = QString::fromLatin1(derived.out.trimmed());
    ASSERT_EQ(key.size(), 64);

    const auto decrypted
        = runProcess(Python, {tool(QStringLiteral("tessera_backup.py")), QStringLiteral("decrypt"), path, key});
    ASSERT_EQ(decrypted.exitCode, 0) << decrypted.err.toStdString();
    const QJsonObject content = QJsonDocument::fromJson(decrypted.out).object();
    EXPECT_EQ(content.value(u"format").toString(), u"tessera-backup");
    EXPECT_EQ(content.value(u"version").toInt(), 1);
    const QJsonArray list = content.value(u"accounts").toArray();
    ASSERT_EQ(list.size(), accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject object = list[i].toObject();
        const QJsonObject otp = object.value(u"otp").toObject();
        EXPECT_EQ(object.value(u"id").toString(), accounts[i].id.toString(QUuid::WithoutBraces));
        EXPECT_EQ(object.value(u"issuer").toString(), accounts[i].issuer);
        EXPECT_EQ(object.value(u"account").toString(), accounts[i].accountName);
        EXPECT_EQ(otp.value(u"secret").toString(), accounts[i].parameters.secretBase32());
        EXPECT_EQ(otp.value(u"type").toString(), OtpParameters::typeName(accounts[i].parameters.type()));
        EXPECT_EQ(otp.value(u"counter").toString(), QString::number(accounts[i].parameters.counter()));
    }
    const QJsonObject recovery = list[0].toObject().value(u"recovery").toObject();
    EXPECT_EQ(recovery.value(u"email").toString(), u"alice@example.com");
    EXPECT_EQ(recovery.value(u"secondFactor").toString(), u"security-key");
    EXPECT_EQ(recovery.value(u"recoveryCodes").toArray().size(), 2);
    EXPECT_FALSE(list[3].toObject().value(u"trashedAt").isNull());

    QString wrongKey = key;
    wrongKey[0] = wrongKey[0] == u'0' ? u'1' : u'0';
    const auto wrong
        = runProcess(Python, {tool(QStringLiteral("tessera_backup.py")), QStringLiteral("decrypt"), path, wrongKey});
    EXPECT_EQ(wrong.exitCode, 1);
}

TEST(IndependentReader, GoogleExportOfTwentyFiveDecodesWithProtoc)
{
    requireTool(QStringLiteral("protoc"));
    FixedRandom random(43);
    auto encoded = GoogleMigration::encode(manyAccounts(25), random);
    ASSERT_TRUE(encoded.ok());
    ASSERT_EQ(encoded->uris.size(), 3);
    const int expectedCounts[] = {10, 10, 5};
    for (int i = 0; i < 3; ++i) {
        auto payload = GoogleMigration::payloadBytes(encoded->uris[i]);
        ASSERT_TRUE(payload.ok());
        const auto decoded = runProcess(QStringLiteral("protoc"), {QStringLiteral("--decode_raw")}, *payload);
        ASSERT_EQ(decoded.exitCode, 0) << decoded.err.toStdString();
        const QString text = QString::fromUtf8(decoded.out);
        const QStringList lines = text.split(u'\n');
        int entries = 0;
        QHash<QString, QString> topLevel;
        for (const QString& line : lines) {
            if (line == u"1 {") {
                ++entries;
            }
            static const QRegularExpression field(QStringLiteral("^([2-5]): (\\d+)$"));
            const auto match = field.match(line);
            if (match.hasMatch()) {
                topLevel.insert(match.captured(1), match.captured(2));
            }
        }
        EXPECT_EQ(entries, expectedCounts[i]) << text.toStdString();
        EXPECT_EQ(topLevel.value(QStringLiteral("2")), u"1");               // version
        EXPECT_EQ(topLevel.value(QStringLiteral("3")), u"3");               // batch_size
        EXPECT_EQ(topLevel.value(QStringLiteral("4")), QString::number(i)); // batch_index, even when 0
        // protoc prints the raw varint: a negative batch_id as its 64-bit two's complement.
        EXPECT_EQ(topLevel.value(QStringLiteral("5")).toULongLong() & 0xFFFFFFFFULL,
            static_cast<quint64>(static_cast<quint32>(encoded->batchId)));
        EXPECT_TRUE(text.contains(QStringLiteral("2: \"user%1@example.com\"").arg(i * 10 + 1)));
        EXPECT_TRUE(text.contains(QStringLiteral("3: \"Service %1\"").arg(i * 10 + 1)));
    }
}

TEST(IndependentReader, GoogleQrImagesDecodeWithZbarimg)
{
    requireTool(QStringLiteral("zbarimg"));
    QTemporaryDir dir;
    FixedRandom random(44);
    auto encoded = GoogleMigration::encode(manyAccounts(12), random);
    ASSERT_TRUE(encoded.ok());
    ASSERT_EQ(encoded->uris.size(), 2);
    for (int i = 0; i < encoded->uris.size(); ++i) {
        auto image = GoogleMigration::qrImage(encoded->uris[i]);
        ASSERT_TRUE(image.ok());
        const QString path = dir.filePath(GoogleMigration::imageFileName(i, static_cast<int>(encoded->uris.size())));
        ASSERT_TRUE(image->save(path, "PNG"));
        const auto scanned
            = runProcess(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
        ASSERT_EQ(scanned.exitCode, 0) << scanned.err.toStdString();
        EXPECT_EQ(QString::fromUtf8(scanned.out).trimmed(), encoded->uris[i]);
    }
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("google-authenticator-2-of-2.png"))));
}
