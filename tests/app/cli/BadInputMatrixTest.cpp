// The bad-input matrix: malformed input of every kind Tessera reads (each importer's files, Tessera
// backups, otpauth:// links, Google Authenticator transfer links, QR codes, vault files) and bad command
// lines, each given to tessera-cli against a vault holding two accounts. Every row asserts the exit code,
// that the message names the problem, and that the vault's bytes are unchanged; the import files are
// also read by the core (FormatDetector) and must give an error value (or unreadable entries) naming it.
#include "FormatDetector.h"
#include "QrEncoder.h"
#include "TransferTestSupport.h"
#include "VaultCliFixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <optional>

using namespace tessera;
using tessera::test::VaultCliFixture;

namespace
{
    const QString ImportPassword = QStringLiteral("fixture-password");

    /// One malformed input and what must come of it.
    struct BadInput
    {
        std::string name;
        QStringList arguments; ///< after --vault VAULT --password-file FILE (unless `bare`)
        int exitCode = 3;
        QStringView names; ///< the message (standard error or output) contains this, any case
        /// An import file: also read by FormatDetector (the format `--format` names, else detected).
        std::optional<QByteArray> importBytes = std::nullopt;
        QStringView format = {};
        bool realProcess = false; ///< through the real executable instead of in-process
        bool bare = false;        ///< no --vault/--password-file added: the arguments say it all
        QString otherFile = {};   ///< a damaged vault the row points at: its bytes must not change either
    };

    class BadInputMatrix
    {
    public:
        BadInputMatrix()
        {
            m_fixture.init();
            m_fixture.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
            m_fixture.add(QStringLiteral("GitLab"), QStringLiteral("bob"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
            writeTo(QStringLiteral("right.pw"), ImportPassword.toUtf8() + '\n');
            writeTo(QStringLiteral("wrong.pw"), "not the password\n");
        }

        [[nodiscard]] const VaultCliFixture& fixture() const { return m_fixture; }

        QString writeTo(const QString& name, const QByteArray& bytes) const
        {
            const QString path = m_fixture.file(name);
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
            file.write(bytes);
            return path;
        }

        QString qrImage(const QString& name, const QString& text) const
        {
            const QString path = m_fixture.file(name);
            EXPECT_TRUE(QrEncoder::toImage(text, QrEncoder::ErrorCorrection::Medium, 4)->save(path));
            return path;
        }

        /// import FILE with the right (or wrong) backup password at hand.
        BadInput import(const std::string& name,
            const QByteArray& bytes,
            int exitCode,
            QStringView names,
            bool wrongPassword = false) const
        {
            const QString file
                = writeTo(QString::fromStdString(name).replace(QLatin1Char(' '), QLatin1Char('_')), bytes);
            return {name,
                {QStringLiteral("import"), file, QStringLiteral("--backup-password-file"),
                    m_fixture.file(wrongPassword ? QStringLiteral("wrong.pw") : QStringLiteral("right.pw"))},
                exitCode, names, bytes};
        }

        BadInput importAs(
            const std::string& name, QStringView format, const QByteArray& bytes, int exitCode, QStringView names) const
        {
            BadInput row = import(name, bytes, exitCode, names);
            row.arguments << QStringLiteral("--format") << format.toString();
            row.format = format;
            return row;
        }

        /// A copy of the vault changed by `damage`, and `tessera-cli --vault COPY ARGS`.
        BadInput damagedVault(const std::string& name,
            const std::function<void(QByteArray&)>& damage,
            int exitCode,
            QStringView names,
            bool realProcess = false) const
        {
            QByteArray bytes = m_fixture.vaultBytes();
            damage(bytes);
            const QString path
                = writeTo(QString::fromStdString(name).replace(QLatin1Char(' '), QLatin1Char('_')), bytes);
            return {name,
                {QStringLiteral("--vault"), path, QStringLiteral("--password-file"), m_fixture.passwordFile(),
                    QStringLiteral("list")},
                exitCode, names, std::nullopt, {}, realProcess, true, path};
        }

    private:
        VaultCliFixture m_fixture;
    };

    QByteArray fixture(const char* name)
    {
        return tessera::test::readData(QString::fromLatin1(name));
    }

    QByteArray replaced(QByteArray bytes, const QByteArray& before, const QByteArray& after)
    {
        EXPECT_TRUE(bytes.contains(before)) << before.constData();
        return bytes.replace(before, after);
    }

    QByteArray flippedAt(QByteArray bytes, qsizetype offset)
    {
        bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x01);
        return bytes;
    }

    QByteArray noise(qsizetype size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray bytes(size, '\0');
        for (char& byte : bytes) {
            byte = static_cast<char>(random.bounded(256));
        }
        return bytes;
    }

    QByteArray nested(int depth)
    {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    }

    /// A Google Authenticator transfer link around a payload (base64, percent-encoded).
    QByteArray migrationLink(const QByteArray& payload)
    {
        return "otpauth-migration://offline?data=" + payload.toBase64().toPercentEncoding() + "\n";
    }

    QList<BadInput> rows(const BadInputMatrix& m)
    {
        const QString vault = m.fixture().vaultPath();
        const QByteArray backup = fixture("tessera_backup.tessera-backup");
        QByteArray futureBackup = backup;
        futureBackup[17] = 9; // format version 9
        QByteArray hugeKdfBackup = backup;
        for (int i = 24; i < 32; ++i) {
            hugeKdfBackup[i] = static_cast<char>(0x7f); // Argon2id memory: exabytes
        }
        const auto url = [](const char* text) { return QString::fromLatin1(text); };
        const QString folder = m.fixture().file(QStringLiteral("a-folder"));
        QDir().mkpath(folder);
        const QString huge = m.fixture().file(QStringLiteral("huge.json"));
        {
            QFile file(huge);
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            EXPECT_TRUE(file.resize(Format::MaxFileBytes + 1)); // sparse: costs no disk
        }
        const QString scan = QStringLiteral("scan");
        const QString add = QStringLiteral("--add");

        return {
            // ---- files of other apps and Tessera backups, through `import`
            m.import("empty file", {}, 3, u"empty"),
            // Opaque bytes are what an encrypted andOTP file is: the password cannot open it, "or it is damaged".
            m.import("random bytes", noise(4096, 1), 2, u"damaged"),
            m.import("JSON of no known app", R"({"hello": "world"})", 3, u"not"),
            m.import("JSON nested 5000 deep", nested(5000), 3, u"too deeply nested"),
            m.import("Aegis cut in half", fixture("aegis_plain.json").first(600), 3, u"JSON is malformed"),
            m.importAs("Aegis: version as text", u"aegis",
                R"({"version": "1", "header": {"slots": null, "params": null}, "db": {}})", 3, u"version"),
            m.importAs("Aegis: db is text", u"aegis",
                R"({"version": 1, "header": {"slots": null, "params": null}, "db": "text"})", 3, u"'db'"),
            m.import("Aegis encrypted, wrong password", fixture("aegis_encrypted.json"), 2, u"password", true),
            m.import("Aegis encrypted, ciphertext changed",
                replaced(fixture("aegis_encrypted.json"), "\"db\": \"", "\"db\": \"AAAA"), 3, u"damaged"),
            m.importAs("Aegis: entry with 1e30 digits", u"aegis",
                R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
                {"type": "totp", "name": "a", "info": {"secret": "MFRGGZDF", "digits": 1e30}}]}})",
                0, u"whole number"),
            m.importAs("Aegis: entry with algorithm SHA3", u"aegis",
                R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
                {"type": "totp", "name": "a", "info": {"secret": "MFRGGZDF", "algo": "SHA3"}}]}})",
                0, u"SHA3"),
            m.importAs("2FAS: schemaVersion as text", u"2fas", R"({"schemaVersion": "4", "services": []})", 3,
                u"schemaVersion"),
            m.importAs("2FAS: encrypted services in one part", u"2fas",
                R"({"schemaVersion": 4, "services": [], "servicesEncrypted": "only-one-part"})", 3,
                u"ciphertext:salt:iv"),
            m.import("2FAS encrypted, wrong password", fixture("2fas_encrypted_v4.2fas"), 2, u"password", true),
            m.importAs("2FAS: token type YANDEX", u"2fas",
                R"({"schemaVersion": 4, "services": [{"name": "x", "secret": "MFRGGZDF", "otp": {"tokenType": "YANDEX"}}]})",
                0, u"YANDEX"),
            m.importAs("andOTP: cut JSON", u"andotp", "[1, 2, 3", 3, u"JSON is malformed"),
            m.import("andOTP encrypted, wrong password", fixture("andotp_encrypted_new.bin"), 2, u"password", true),
            m.importAs("andOTP encrypted, cut to 20 bytes", u"andotp", fixture("andotp_encrypted_new.bin").first(20), 3,
                u"too short"),
            m.importAs("andOTP: 99 digits", u"andotp",
                R"([{"secret": "MFRGGZDF", "label": "a", "type": "TOTP", "digits": 99}])", 0, u"99-digit"),
            m.importAs("FreeOTP+: tokens is an object", u"freeotp-plus", R"({"tokens": {}})", 3, u"tokens"),
            m.importAs("FreeOTP+: secret byte 300", u"freeotp-plus",
                R"({"tokens": [{"secret": [1, 2, 300], "label": "a"}]})", 0, u"not a byte"),
            m.importAs(
                "Bitwarden: encrypted is text", u"bitwarden", R"({"encrypted": "no", "items": []})", 3, u"encrypted"),
            m.importAs("Bitwarden: unknown KDF 7", u"bitwarden",
                R"({"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 7,
                "encKeyValidation_DO_NOT_EDIT": "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "data": "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})",
                3, u"7"),
            m.import("Bitwarden encrypted, wrong password", fixture("bitwarden_encrypted_pbkdf2.json"), 2, u"password",
                true),
            m.importAs("Bitwarden: 12-digit link", u"bitwarden",
                R"({"encrypted": false, "items": [{"name": "a", "login": {"totp": "otpauth://totp/a?secret=MFRGGZDF&digits=12"}}]})",
                0, u"digits"),
            m.importAs("Bitwarden CSV without a totp column", u"bitwarden", "folder,favorite,type,name\n,,login,x\n", 3,
                u"totp"),
            m.importAs("Ente: no links in the text", u"ente", "just some notes\nand more\n", 3, u"otpauth"),
            m.import("otpauth list: secret not base32", "otpauth://totp/Acme:x?secret=1!1!1!\n", 3, u"base32"),
            m.importAs("Stratum: Authenticators null", u"stratum", R"({"Authenticators": null})", 3, u"Authenticators"),
            m.importAs("Stratum: algorithm 7", u"stratum",
                R"({"Authenticators": [{"Type": 2, "Secret": "MFRGGZDF", "Algorithm": 7}]})", 0, u"unknown algorithm"),
            m.import("Stratum encrypted, wrong password", fixture("stratum_encrypted.bin"), 2, u"password", true),
            m.importAs("Stratum encrypted, cut to 40 bytes", u"stratum", fixture("stratum_encrypted.bin").first(40), 3,
                u"cut off"),
            m.import("Google link: data not base64", "otpauth-migration://offline?data=%%%%\n", 3, u"base64"),
            m.import("Google link: data not a payload", migrationLink("\xff\xff\xff\xff not protobuf"), 3,
                u"not a valid transfer payload"),
            m.import("Google link: empty data", "otpauth-migration://offline?data=\n", 3, u"no data"),
            m.import("Google link: secret missing", migrationLink(QByteArray::fromHex("0a0c1a0461626364200128013002")),
                0, u"no secret"),
            m.import("Tessera backup, wrong password", backup, 2, u"password", true),
            m.import("Tessera backup cut to 60 bytes", backup.first(60), 3, u"cut off"),
            m.import(
                "Tessera backup, a ciphertext byte changed", flippedAt(backup, backup.size() - 20), 2, u"password"),
            m.import("Tessera backup, line ends changed", replaced(backup, "\r\n", "\n"), 3, u"line ends"),
            m.import("Tessera backup from a newer Tessera", futureBackup, 3, u"version"),
            m.import("Tessera backup asking for exabytes of KDF memory", hugeKdfBackup, 3, u"memory"),
            {"a file larger than any export", {QStringLiteral("import"), huge}, 3, u"MiB"},
            {"a folder instead of a file", {QStringLiteral("import"), folder}, 3, u"folder"},
            {"a file that does not exist", {QStringLiteral("import"), m.fixture().file(QStringLiteral("nope.json"))}, 3,
                u"no such file"},
            {"import --format of no known app",
                {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("lastpass"),
                    m.fixture().file(QStringLiteral("right.pw"))},
                1, u"--format must be"},
            m.importAs(
                "--format aegis on a 2FAS file", u"aegis", fixture("2fas_plain_v4.2fas"), 3, u"'version' is missing"),
            {"import --duplicates maybe",
                {QStringLiteral("import"), QStringLiteral("--duplicates"), QStringLiteral("maybe"),
                    m.fixture().file(QStringLiteral("right.pw"))},
                1, u"--duplicates"},
            {"import without a file", {QStringLiteral("import")}, 1, u"file"},

            // ---- otpauth:// links, through `add`
            {"otpauth: secret not base32", {QStringLiteral("add"), url("otpauth://totp/Acme:x?secret=1!1!1!")}, 3,
                u"base32"},
            {"otpauth: no secret", {QStringLiteral("add"), url("otpauth://totp/Acme:x?issuer=Acme")}, 3, u"no secret"},
            {"otpauth: empty secret", {QStringLiteral("add"), url("otpauth://totp/Acme:x?secret=")}, 3, u"no secret"},
            {"otpauth: 12 digits",
                {QStringLiteral("add"), url("otpauth://totp/Acme:x?secret=JBSWY3DPEHPK3PXP&digits=12")}, 3, u"digits"},
            {"otpauth: period 0",
                {QStringLiteral("add"), url("otpauth://totp/Acme:x?secret=JBSWY3DPEHPK3PXP&period=0")}, 3, u"period"},
            {"otpauth: algorithm MD5",
                {QStringLiteral("add"), url("otpauth://totp/Acme:x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5")}, 3, u"MD5"},
            {"otpauth: type xotp", {QStringLiteral("add"), url("otpauth://xotp/Acme:x?secret=JBSWY3DPEHPK3PXP")}, 3,
                u"xotp"},
            {"otpauth: HOTP counter -1",
                {QStringLiteral("add"), url("otpauth://hotp/Acme:x?secret=JBSWY3DPEHPK3PXP&counter=-1")}, 3,
                u"counter"},
            {"otpauth: a web link", {QStringLiteral("add"), url("https://example.com/?secret=JBSWY3DPEHPK3PXP")}, 3,
                u"not an otpauth:// link"},
            {"otpauth: secret of 2000 bytes",
                {QStringLiteral("add"),
                    QStringLiteral("otpauth://totp/Acme:x?secret=") + QString(3200, QLatin1Char('A'))},
                3, u"1024"},
            {"add --secret not base32",
                {QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                    QStringLiteral("!!!")},
                3, u"base32"},
            {"add --digits abc",
                {QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                    QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--digits"), QStringLiteral("abc")},
                1, u"--digits"},
            {"add --type yandex",
                {QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                    QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--type"), QStringLiteral("yandex")},
                1, u"--type"},
            {"add --counter for TOTP",
                {QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                    QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--counter"), QStringLiteral("5")},
                1, u"--counter"},
            {"add with nothing to add", {QStringLiteral("add")}, 1, u"URI"},

            // ---- QR codes, through `scan --add`
            {"QR: a web link", {scan, add, m.qrImage(QStringLiteral("web.png"), url("https://example.com/login"))}, 4,
                u"is an authenticator code"},
            {"QR: otpauth link with a bad secret",
                {scan, add, m.qrImage(QStringLiteral("bad-secret.png"), url("otpauth://totp/Acme:x?secret=1!1!1!"))}, 3,
                u"base32"},
            {"QR: Google link with bad data",
                {scan, add, m.qrImage(QStringLiteral("bad-google.png"), url("otpauth-migration://offline?data=%%%%"))},
                3, u"base64"},
            {"QR: an image without a code",
                {scan, add,
                    [&m] {
                        QImage blank(200, 200, QImage::Format_Grayscale8);
                        blank.fill(Qt::white);
                        const QString path = m.fixture().file(QStringLiteral("blank.png"));
                        EXPECT_TRUE(blank.save(path));
                        return path;
                    }()},
                3, u"No QR code"},
            {"QR: a text file named .png", {scan, add, m.writeTo(QStringLiteral("text.png"), "not an image\n")}, 3,
                u"as an image"},
            {"QR: a PNG cut short",
                {scan, add,
                    [&m] {
                        const QString path = m.qrImage(
                            QStringLiteral("whole.png"), QStringLiteral("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"));
                        QFile file(path);
                        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
                        return m.writeTo(QStringLiteral("cut.png"), file.readAll().first(100));
                    }()},
                3, u"as an image"},
            {"QR: no such image", {scan, add, m.fixture().file(QStringLiteral("nope.png"))}, 3, u"nope.png"},
            {"QR: scan without an image", {scan, add}, 1, u"image"},

            // ---- vault files
            m.damagedVault(
                "vault: not a vault", [](QByteArray& b) { b.fill('z'); }, 3, u"not a Tessera vault", true),
            m.damagedVault(
                "vault: cut in half", [](QByteArray& b) { b.truncate(b.size() / 2); }, 3, u"truncated"),
            m.damagedVault(
                "vault: empty file", [](QByteArray& b) { b.clear(); }, 3, u"is empty"),
            m.damagedVault(
                "vault: SQLite header changed", [](QByteArray& b) { b[0] = 'X'; }, 3, u"not a Tessera vault"),
            m.damagedVault(
                "vault: application id changed", [](QByteArray& b) { b[68] = 'X'; }, 3, u"another program"),

            // ---- command lines
            {"an unknown command", {QStringLiteral("frobnicate")}, 1, u"frobnicate", std::nullopt, {}, true},
            {"an unknown option", {QStringLiteral("list"), QStringLiteral("--frobnicate")}, 1, u"frobnicate"},
            {"code for no such account", {QStringLiteral("code"), QStringLiteral("nosuchaccount")}, 4,
                u"nosuchaccount"},
            {"code matching two accounts", {QStringLiteral("code"), QStringLiteral("Git")}, 4, u"GitLab"},
            {"wrong vault password",
                {QStringLiteral("--vault"), vault, QStringLiteral("--password-file"),
                    m.fixture().file(QStringLiteral("wrong.pw")), QStringLiteral("list")},
                2, u"password is wrong", std::nullopt, {}, true, true},
            {"an empty password file",
                {QStringLiteral("--vault"), vault, QStringLiteral("--password-file"),
                    m.writeTo(QStringLiteral("empty.pw"), {}), QStringLiteral("list")},
                2, u"password is wrong", std::nullopt, {}, false, true},
            {"a password file that does not exist",
                {QStringLiteral("--vault"), vault, QStringLiteral("--password-file"),
                    m.fixture().file(QStringLiteral("nope.pw")), QStringLiteral("list")},
                3, u"nope.pw", std::nullopt, {}, false, true},
            {"--vault is a folder",
                {QStringLiteral("--vault"), folder, QStringLiteral("--password-file"), m.fixture().passwordFile(),
                    QStringLiteral("list")},
                5, u"is a folder", std::nullopt, {}, false, true},
            {"init over an existing vault", {QStringLiteral("init")}, 5, u"already exists"},
            {"edit --second-factor of no known kind",
                {QStringLiteral("edit"), QStringLiteral("GitHub"), QStringLiteral("--second-factor"),
                    QStringLiteral("pigeon")},
                1, u"--second-factor"},
            {"rm without a query", {QStringLiteral("rm")}, 1, u"QUERY"},
            {"export --format of no known app",
                {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("lastpass"),
                    QStringLiteral("--out"), m.fixture().file(QStringLiteral("out"))},
                1, u"--format must be"},
            {"export into a missing folder",
                {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("aegis"), QStringLiteral("--out"),
                    m.fixture().file(QStringLiteral("no/such/folder/out.json"))},
                5, u"does not exist"},
            {"generate from a bad link", {QStringLiteral("generate"), url("otpauth://totp/x?secret=1!1!1!")}, 3,
                u"base32", std::nullopt, {}, true},
        };
    }
}

TEST(BadInputMatrix, EveryMalformedInputIsAClearErrorAndTheVaultIsUnchanged)
{
    const BadInputMatrix matrix;
    const QList<BadInput> table = rows(matrix);
    ASSERT_GE(table.size(), 60);
    const VaultCliFixture& f = matrix.fixture();
    const FormatDetector detector;
    int processRuns = 0;
    const bool verbose = qEnvironmentVariableIsSet("TESSERA_MATRIX_VERBOSE"); // prints every row's answer
    for (const BadInput& row : table) {
        SCOPED_TRACE(row.name);
        const QByteArray vaultBefore = f.vaultBytes();
        const QByteArray otherBefore = row.otherFile.isEmpty() ? QByteArray() : tessera::test::readFile(row.otherFile);
        const QStringList arguments = row.bare
            ? row.arguments
            : QStringList{QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("--password-file"), f.passwordFile()}
                + row.arguments;
        const auto run = row.realProcess ? tessera::test::runCliProcess(arguments) : tessera::test::runCli(arguments);
        processRuns += row.realProcess ? 1 : 0;
        const QString said = run.err + run.out;
        if (verbose) {
            std::cout << row.name << " -> " << run.exitCode << ": " << said.simplified().toStdString() << std::endl;
        }
        EXPECT_EQ(run.exitCode, row.exitCode) << said.toStdString();
        EXPECT_TRUE(said.contains(row.names, Qt::CaseInsensitive))
            << "the message does not name '" << row.names.toString().toStdString() << "': " << said.toStdString();
        EXPECT_FALSE(said.contains(QStringLiteral("%1"))) << said.toStdString();
        EXPECT_EQ(f.vaultBytes(), vaultBefore) << "the vault changed";
        if (!row.otherFile.isEmpty()) {
            EXPECT_EQ(tessera::test::readFile(row.otherFile), otherBefore) << "the damaged vault was written to";
        }

        if (row.importBytes) {
            const QString password = row.exitCode == 2 ? QStringLiteral("not the password") : ImportPassword;
            const Result<ImportResult> read = row.format.isEmpty()
                ? detector.read(*row.importBytes, password)
                : detector.format(row.format)->read(*row.importBytes, password);
            if (!read.ok()) {
                EXPECT_NE(row.exitCode, 0) << "the core failed: " << read.error().message().toStdString();
                EXPECT_TRUE(read.error().message().contains(row.names, Qt::CaseInsensitive))
                    << "the error value does not name '" << row.names.toString().toStdString()
                    << "': " << read.error().message().toStdString();
                EXPECT_EQ(read.error().kind() == Error::Kind::WrongPassword, row.exitCode == 2)
                    << read.error().message().toStdString();
            } else {
                EXPECT_EQ(row.exitCode, 0) << "the core read it";
                EXPECT_TRUE(read->accounts.isEmpty());
                ASSERT_FALSE(read->unreadable.isEmpty());
                EXPECT_TRUE(read->unreadable.first().reason.contains(row.names, Qt::CaseInsensitive))
                    << read->unreadable.first().reason.toStdString();
            }
        }
    }
    EXPECT_EQ(f.vaultAccounts().size(), 2);
    std::cout << "bad-input matrix: " << table.size() << " malformed inputs, " << processRuns
              << " of them through the real tessera-cli" << std::endl;
}
