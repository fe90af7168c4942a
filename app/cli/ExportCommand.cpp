#include "ExportCommand.h"

#include "AegisFormat.h"
#include "ExitCode.h"
#include "GoogleMigration.h"
#include "GoogleMigrationFormat.h"
#include "OwnerOnlyFile.h"
#include "PasswordInput.h"
#include "PdfExporter.h"
#include "SecretWipe.h"
#include "TesseraBackupFormat.h"
#include "UriListFormat.h"
#include "VaultSession.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace tessera::cli
{
    namespace
    {
        enum class Target
        {
            TesseraBackup,
            Aegis,
            AegisPlain,
            Uris,
            GoogleMigration,
            Pdf,
        };

        struct Choice
        {
            QStringView id;
            Target target;
            bool encrypted;
            QStringView what; ///< for the closing message
        };

        constexpr Choice Choices[] = {
            {u"tessera", Target::TesseraBackup, true, u"a Tessera backup"},
            {u"aegis", Target::Aegis, true, u"an encrypted Aegis vault"},
            {u"aegis-plain", Target::AegisPlain, false, u"a plain Aegis vault"},
            {u"uris", Target::Uris, false, u"a list of otpauth:// links"},
            {u"google-migration", Target::GoogleMigration, false, u"Google Authenticator transfer codes"},
            {u"pdf", Target::Pdf, false, u"a printable PDF"},
        };

        const Choice* choiceFor(const QString& id)
        {
            for (const Choice& choice : Choices) {
                if (choice.id == id) {
                    return &choice;
                }
            }
            return nullptr;
        }

        QString formatName(const QCommandLineParser& parser)
        {
            return parser.value(QStringLiteral("format")).trimmed().toLower();
        }

        Result<ExportResult> render(Target target, const QList<Account>& accounts, const ExportOptions& options)
        {
            switch (target) {
            case Target::TesseraBackup:
                return TesseraBackupFormat().write(accounts, options);
            case Target::Aegis:
            case Target::AegisPlain:
                return AegisFormat().write(accounts, options);
            case Target::Uris:
                return UriListFormat().write(accounts, options);
            case Target::GoogleMigration:
                return GoogleMigrationFormat().write(accounts, options);
            case Target::Pdf:
                return PdfExporter::write(accounts, options);
            }
            return Error(Error::Kind::Unsupported, QStringLiteral("Tessera cannot export to this format."));
        }

        Result<QByteArray> pngOf(const QString& uri)
        {
            auto image = GoogleMigration::qrImage(uri);
            if (!image) {
                return image.error();
            }
            QByteArray bytes;
            QBuffer buffer(&bytes);
            const bool saved = buffer.open(QIODevice::WriteOnly) && image->save(&buffer, "PNG");
            image->fill(0);
            if (!saved) {
                wipe(bytes);
                return Error(Error::Kind::Io, QStringLiteral("Cannot encode a transfer code as PNG."));
            }
            return bytes;
        }

        /// Creates `path` (readable by the owner only when it is new) unless it is already a folder.
        Result<void> makeFolder(const QString& path)
        {
            const QFileInfo info(path);
            if (info.isDir()) {
                return {};
            }
            const QString parent = info.absolutePath();
            if (!QDir().mkpath(parent)
                || !QDir().mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
                return Error(Error::Kind::Io,
                    QStringLiteral("Cannot create the folder '%1'. Check that its parent folder is writable.")
                        .arg(path));
            }
            return {};
        }

        /// Writes google-authenticator-K-of-N.png for each link and google-authenticator.txt into `folder`.
        /// Returns the names of the files written, the links file last.
        Result<QStringList> writeTransferCodes(const QString& folder, const QByteArray& links)
        {
            if (auto made = makeFolder(folder); !made) {
                return made.error();
            }
            QStringList uris;
            for (const QByteArray& line : links.split('\n')) {
                if (!line.trimmed().isEmpty()) {
                    uris.append(QString::fromUtf8(line.trimmed()));
                }
            }
            const QDir dir(folder);
            QStringList written;
            Result<void> outcome;
            for (qsizetype i = 0; i < uris.size() && outcome; ++i) {
                const QString name = GoogleMigration::imageFileName(int(i), int(uris.size()));
                auto png = pngOf(uris.at(i));
                if (!png) {
                    outcome = png.error();
                    break;
                }
                outcome = OwnerOnlyFile::write(dir.filePath(name), *png);
                wipe(*png);
                written.append(name);
            }
            for (QString& uri : uris) {
                wipe(uri);
            }
            if (outcome) {
                const QString name = ExportCommand::TransferLinksFileName.toString();
                outcome = OwnerOnlyFile::write(dir.filePath(name), links);
                written.append(name);
            }
            if (!outcome) {
                return outcome.error();
            }
            return written;
        }

        /// Transfer code images of an earlier export in `folder` that this one did not replace.
        QStringList staleTransferCodes(const QString& folder, const QStringList& written)
        {
            static const QRegularExpression codeName(QStringLiteral("^google-authenticator-\\d+-of-\\d+\\.png$"));
            QStringList stale;
            const QStringList names
                = QDir(folder).entryList({QStringLiteral("google-authenticator-*-of-*.png")}, QDir::Files, QDir::Name);
            for (const QString& name : names) {
                if (codeName.match(name).hasMatch() && !written.contains(name)) {
                    stale.append(name);
                }
            }
            return stale;
        }
    }

    QString ExportCommand::name() const
    {
        return QStringLiteral("export");
    }

    QString ExportCommand::summary() const
    {
        return QStringLiteral("Export the accounts: Tessera backup, Aegis, otpauth:// links, Google codes, PDF.");
    }

    QString ExportCommand::description() const
    {
        return QStringLiteral(
            "Writes the vault's accounts to PATH, in one of these formats:\n"
            "  tessera           a Tessera backup, encrypted with its own password; it keeps everything,\n"
            "                    recovery information and the trash included\n"
            "  aegis             an Aegis vault file, encrypted with its own password (Aegis imports it)\n"
            "  aegis-plain       the same, not encrypted\n"
            "  uris              a list of otpauth:// links, one a line (most authenticator apps import it)\n"
            "  google-migration  Google Authenticator transfer codes: PATH is a folder that receives\n"
            "                    google-authenticator-K-of-N.png (scan them in order in Google\n"
            "                    Authenticator: Transfer accounts, Import accounts) and\n"
            "                    google-authenticator.txt (the same codes as otpauth-migration:// links)\n"
            "  pdf               a printable sheet: each account's QR code, names, settings and key\n"
            "Accounts a format cannot carry (in the trash, except in a Tessera backup; settings Google\n"
            "Authenticator does not have) are left out and listed on standard error.\n"
            "\n"
            "The encrypted formats need a password for the export: from --backup-password-file, else the next\n"
            "line of standard input when it is not a terminal (after the vault password when that comes from\n"
            "standard input too), else asked twice. The other formats hold the secrets in clear. Every file is\n"
            "written atomically and readable by you only (mode 0600); an existing file of the same name is\n"
            "replaced.\n"
            "\n"
            "Exit status 4 when the vault has no account to export, 5 when PATH cannot be written.");
    }

    QList<Command::Argument> ExportCommand::arguments() const
    {
        return {};
    }

    QList<QCommandLineOption> ExportCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("format"), QStringLiteral("What to write (see above)."),
                QStringLiteral("tessera|aegis|aegis-plain|uris|google-migration|pdf")),
            QCommandLineOption(QStringLiteral("out"),
                QStringLiteral("The file to write; for google-migration, the folder (created if missing)."),
                QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("backup-password-file"),
                QStringLiteral("tessera and aegis: read the export's password from the first line of F."),
                QStringLiteral("F")),
        };
    }

    bool ExportCommand::needsGuiApplication(const QCommandLineParser& parser) const
    {
        return formatName(parser) == u"pdf";
    }

    int ExportCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const auto usage = [&context](const QString& message) {
            context.err << message << QStringLiteral(" Run 'tessera-cli export --help' for usage.\n");
            return Usage;
        };
        if (!parser.positionalArguments().isEmpty()) {
            return usage(QStringLiteral("export takes no arguments, only options."));
        }
        const QString format = formatName(parser);
        if (format.isEmpty()) {
            return usage(
                QStringLiteral("export needs --format tessera, aegis, aegis-plain, uris, google-migration or pdf."));
        }
        const Choice* choice = choiceFor(format);
        if (choice == nullptr) {
            return usage(
                QStringLiteral("--format must be tessera, aegis, aegis-plain, uris, google-migration or pdf."));
        }
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            return usage(choice->target == Target::GoogleMigration ? QStringLiteral("export needs --out FOLDER.")
                                                                   : QStringLiteral("export needs --out FILE."));
        }
        const QString passwordFile = parser.value(QStringLiteral("backup-password-file"));
        if (!passwordFile.isEmpty() && !choice->encrypted) {
            return usage(QStringLiteral("--format %1 is not encrypted, so it takes no --backup-password-file; use "
                                        "--format tessera or aegis for an encrypted export.")
                             .arg(format));
        }

        VaultSession session(context);
        const QFileInfo target(out);
        if (choice->target == Target::GoogleMigration && target.exists() && !target.isDir()) {
            return session.fail(Error(Error::Kind::Io,
                QStringLiteral("Cannot write the transfer codes to '%1': it is a file. Give a folder.").arg(out)));
        }
        if (choice->target != Target::GoogleMigration) {
            if (auto checked = OwnerOnlyFile::checkTarget(out); !checked) {
                return session.fail(checked.error());
            }
        }
        if (auto failed = session.unlock(VaultSession::Access::Read)) {
            return *failed;
        }
        Vault& vault = session.vault();
        QList<Account> accounts;
        qsizetype active = 0;
        for (const AccountSummary& summary : vault.accounts(Vault::Filter::All)) {
            auto account = vault.account(summary.id);
            if (!account) {
                return session.fail(account.error());
            }
            active += account->isTrashed() ? 0 : 1;
            accounts.append(std::move(account).value());
        }
        if (accounts.isEmpty()) {
            return session.fail(Error(Error::Kind::NotFound, QStringLiteral("The vault has no accounts to export.")));
        }
        if (active == 0 && choice->target != Target::TesseraBackup) {
            return session.fail(Error(Error::Kind::NotFound,
                QStringLiteral("Every account is in the trash, and only a Tessera backup (--format tessera) keeps "
                               "the trash. Restore the accounts to export them.")));
        }

        ExportOptions options;
        options.now = QDateTime::fromMSecsSinceEpoch(context.clock.nowMilliseconds(), Qt::UTC);
        if (choice->encrypted) {
            auto password = PasswordInput::newBackupPassword(context, passwordFile);
            if (!password) {
                return session.fail(password.error());
            }
            options.password = std::move(password).value();
        }
        auto exported = render(choice->target, accounts, options);
        if (options.password) {
            wipe(*options.password);
        }
        if (!exported) {
            return session.fail(exported.error());
        }

        QStringList written;
        if (choice->target == Target::GoogleMigration) {
            auto files = writeTransferCodes(out, exported->data);
            if (!files) {
                wipe(exported->data);
                return session.fail(files.error());
            }
            written = *files;
        } else if (auto saved = OwnerOnlyFile::write(out, exported->data); !saved) {
            wipe(exported->data);
            return session.fail(saved.error());
        }
        wipe(exported->data);

        // What was left out: the trash in one line, the others one by one with the reason.
        QSet<QUuid> trashed;
        for (const Account& account : std::as_const(accounts)) {
            if (account.isTrashed()) {
                trashed.insert(account.id);
            }
        }
        qsizetype leftInTrash = 0;
        for (const LeftOutAccount& left : std::as_const(exported->leftOut)) {
            if (trashed.contains(left.accountId)) {
                ++leftInTrash;
            } else {
                session.tell(QStringLiteral("Left out %1: %2").arg(left.name, left.reason));
            }
        }
        if (leftInTrash > 0) {
            session.tell(leftInTrash == 1 ? QStringLiteral("Left out 1 account in the trash.")
                                          : QStringLiteral("Left out %1 accounts in the trash.").arg(leftInTrash));
        }
        for (const QString& warning : std::as_const(exported->warnings)) {
            session.tell(warning);
        }

        const qsizetype count = accounts.size() - exported->leftOut.size();
        const QString accountsText
            = count == 1 ? QStringLiteral("1 account") : QStringLiteral("%1 accounts").arg(count);
        switch (choice->target) {
        case Target::TesseraBackup:
        case Target::Aegis:
            session.tell(QStringLiteral("Exported %1 to %2 (%3). Keep its password: without it the file cannot be "
                                        "opened.")
                             .arg(accountsText, out, choice->what.toString()));
            break;
        case Target::AegisPlain:
        case Target::Uris:
        case Target::Pdf:
            session.tell(QStringLiteral("Exported %1 to %2 (%3). It holds the secrets in clear: anyone who reads it "
                                        "can copy the accounts, so delete it when you are done.")
                             .arg(accountsText, out, choice->what.toString()));
            break;
        case Target::GoogleMigration: {
            const qsizetype codes = written.size() - 1;
            session.tell(
                QStringLiteral("Exported %1 as %2 to %3: %4. Scan the codes in order in Google "
                               "Authenticator (Transfer accounts, Import accounts). They hold the secrets "
                               "in clear: delete them when you are done.")
                    .arg(accountsText,
                        codes == 1 ? QStringLiteral("1 transfer code") : QStringLiteral("%1 transfer codes").arg(codes),
                        out, written.join(QStringLiteral(", "))));
            const QStringList stale = staleTransferCodes(out, written);
            if (!stale.isEmpty()) {
                session.tell(QStringLiteral("The folder still holds codes of an earlier export (%1); delete them so "
                                            "they are not scanned with these.")
                                 .arg(stale.join(QStringLiteral(", "))));
            }
            break;
        }
        }
        return Success;
    }
}
