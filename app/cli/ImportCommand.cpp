#include "ImportCommand.h"

#include "ExitCode.h"
#include "FormatDetector.h"
#include "PasswordInput.h"
#include "SecretWipe.h"
#include "VaultImport.h"
#include "VaultSession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

namespace tessera::cli
{
    namespace
    {
        /// One FILE argument, read and recognised but not decrypted yet.
        struct InputFile
        {
            QString path;
            QByteArray data;
            const Format* format = nullptr;
            bool encrypted = false;
        };

        Result<QByteArray> readBytes(const QString& path)
        {
            const QFileInfo info(path);
            if (!info.exists()) {
                return Error(
                    Error::Kind::InvalidInput, QStringLiteral("Cannot read '%1': there is no such file.").arg(path));
            }
            if (info.isDir()) {
                return Error(Error::Kind::InvalidInput,
                    QStringLiteral("Cannot read '%1': it is a folder, not an export file.").arg(path));
            }
            if (info.size() > Format::MaxFileBytes) {
                return Error(Error::Kind::InvalidInput,
                    QStringLiteral("Cannot import '%1': it is %2 MiB, larger than any export Tessera reads (%3 MiB).")
                        .arg(path)
                        .arg(info.size() >> 20)
                        .arg(Format::MaxFileBytes >> 20));
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error(
                    Error::Kind::InvalidInput, QStringLiteral("Cannot read '%1': %2.").arg(path, file.errorString()));
            }
            return file.read(Format::MaxFileBytes + 1);
        }

        /// Reads FILE and picks its format (from the content, or the one --format names).
        Result<InputFile> recognise(const QString& path, const FormatDetector& detector, const QString& formatId)
        {
            auto bytes = readBytes(path);
            if (!bytes) {
                return bytes.error();
            }
            InputFile input{path, std::move(bytes).value(), nullptr, false};
            if (formatId == u"auto") {
                auto detection = detector.detect(input.data);
                if (!detection) {
                    wipe(input.data);
                    return detection.error().withContext(path);
                }
                input.format = detection->format;
                input.encrypted = detection->encrypted;
            } else {
                input.format = detector.format(formatId);
                input.encrypted = input.format->isEncrypted(input.data);
            }
            return input;
        }
    }

    QString ImportCommand::name() const
    {
        return QStringLiteral("import");
    }

    QString ImportCommand::summary() const
    {
        return QStringLiteral("Import accounts from backups and other apps' exports, after planning.");
    }

    QString ImportCommand::description() const
    {
        return QStringLiteral(
            "Reads the accounts in the files: Tessera backups, and the exports of Aegis, 2FAS, andOTP,\n"
            "FreeOTP+ (JSON), Bitwarden (JSON and CSV), Ente Auth (plain text), Stratum/Authenticator Pro,\n"
            "Google Authenticator transfer links (otpauth-migration://) and lists of otpauth:// links. The\n"
            "format is recognised from the content; --format names it instead. Every entry is then planned\n"
            "against the vault: new, a duplicate (the same secret and code settings as an account already in\n"
            "the vault, the trash included, or as an earlier entry of the import), or unreadable (with the\n"
            "reason). The new accounts, and the duplicates with --duplicates import, are added in one\n"
            "transaction, and the plan is printed: what was added, the duplicates, and each unreadable entry\n"
            "with its reason. With --dry-run nothing is written.\n"
            "\n"
            "Encrypted files need their password: from --backup-password-file (the same password for every\n"
            "encrypted file), else the next line of standard input when it is not a terminal (after the vault\n"
            "password when that comes from standard input too), else a prompt naming the file.\n"
            "\n"
            "With --json, the plan is a JSON object: {dry_run, added, new, duplicate, unreadable, warnings,\n"
            "files: [{file, format, encrypted, accounts, unreadable}], entries: [{file, status, label, issuer,\n"
            "account, added, id, reason, duplicate_of, duplicate_of_name, duplicate_in_import}]}, status being\n"
            "new, duplicate or unreadable, added whether the entry was (with --dry-run: would be) added, id the\n"
            "account's id in the vault once added, and duplicate_of the id of the account it repeats. It holds\n"
            "no secret.\n"
            "\n"
            "Every file is read before anything is written, and on any error nothing is. Exit status 0 when the\n"
            "files were read (even with unreadable entries or nothing new to add), 2 when a backup password is\n"
            "wrong, 3 when a file cannot be read or is not an export Tessera reads.");
    }

    QList<Command::Argument> ImportCommand::arguments() const
    {
        return {{QStringLiteral("FILE..."), QStringLiteral("One or more backup or export files.")}};
    }

    QList<QCommandLineOption> ImportCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("format"),
                QStringLiteral("The files' format: auto (the default: recognised from the content), tessera, aegis, "
                               "2fas, andotp, freeotp-plus, bitwarden, ente, stratum, google-migration or uris."),
                QStringLiteral("FORMAT"), QStringLiteral("auto")),
            QCommandLineOption(QStringLiteral("backup-password-file"),
                QStringLiteral("Read the password of the encrypted files from the first line of F."),
                QStringLiteral("F")),
            QCommandLineOption(QStringLiteral("duplicates"),
                QStringLiteral("skip (default): leave out accounts already in the vault; import: add them again."),
                QStringLiteral("skip|import"), QStringLiteral("skip")),
            QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Print the plan without writing anything.")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the plan as JSON.")),
        };
    }

    int ImportCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            context.err << QStringLiteral(
                "import needs at least one file. Run 'tessera-cli import --help' for usage.\n");
            return Usage;
        }
        const FormatDetector detector;
        const QString formatId = parser.value(QStringLiteral("format")).trimmed().toLower();
        if (formatId != u"auto" && detector.format(formatId) == nullptr) {
            context.err << QStringLiteral("--format must be auto or one of %1. Run 'tessera-cli import --help' for "
                                          "usage.\n")
                               .arg(detector.formatIds().join(QStringLiteral(", ")));
            return Usage;
        }
        const QString duplicates = parser.value(QStringLiteral("duplicates")).trimmed().toLower();
        if (duplicates != u"skip" && duplicates != u"import") {
            context.err << QStringLiteral("--duplicates must be skip or import. Run 'tessera-cli import --help' for "
                                          "usage.\n");
            return Usage;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const bool json = parser.isSet(QStringLiteral("json"));
        const QString passwordFile = parser.value(QStringLiteral("backup-password-file"));

        // Every file is read and recognised before the vault is opened: a wrong file costs no password.
        QList<InputFile> inputs;
        const auto wipeInputs = [&inputs] {
            for (InputFile& input : inputs) {
                wipe(input.data);
            }
        };
        for (const QString& path : files) {
            auto input = recognise(path, detector, formatId);
            if (!input) {
                wipeInputs();
                context.err << input.error().message() << QLatin1Char('\n');
                return exitCodeFor(input.error().kind());
            }
            inputs.append(std::move(input).value());
        }

        VaultSession session(context);
        if (auto failed = session.unlock(dryRun ? VaultSession::Access::Read : VaultSession::Access::Write)) {
            wipeInputs();
            return *failed;
        }

        ImportResult incoming;
        QList<VaultImport::Source> sources;
        std::optional<QString> sharedPassword; // --backup-password-file, read once
        const auto forget = [&] {
            wipeInputs();
            if (sharedPassword) {
                wipe(*sharedPassword);
            }
        };
        for (InputFile& input : inputs) {
            std::optional<QString> password;
            if (input.encrypted) {
                if (!passwordFile.isEmpty() && sharedPassword) {
                    password = sharedPassword;
                } else {
                    auto given = PasswordInput::backupPassword(context, passwordFile, input.path);
                    if (!given) {
                        forget();
                        return session.fail(given.error());
                    }
                    password = std::move(given).value();
                    if (!passwordFile.isEmpty()) {
                        sharedPassword = password;
                    }
                }
            }
            auto read = input.format->read(input.data, password);
            if (password) {
                wipe(*password);
            }
            wipe(input.data);
            if (!read) {
                forget();
                return session.fail(read.error().withContext(input.path));
            }
            if (read->formatId.isEmpty()) {
                read->formatId = input.format->id();
            }
            sources.append(
                {input.path, read->formatId, input.encrypted, read->accounts.size(), read->unreadable.size()});
            incoming.append(*read);
        }
        forget();

        auto planned = VaultImport::plan(session.vault(), incoming, sources);
        if (!planned) {
            return session.fail(planned.error());
        }
        planned->setDuplicatePolicy(
            duplicates == u"import" ? ImportPlan::DuplicatePolicy::Import : ImportPlan::DuplicatePolicy::Skip);
        if (!dryRun) {
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(context.clock.nowMilliseconds(), Qt::UTC);
            if (auto applied = planned->apply(session.vault(), now); !applied) {
                return session.fail(applied.error());
            }
        }
        if (json) {
            context.out << QString::fromUtf8(QJsonDocument(planned->toJson()).toJson(QJsonDocument::Indented));
        } else {
            planned->report(context.out);
        }
        return Success;
    }
}
