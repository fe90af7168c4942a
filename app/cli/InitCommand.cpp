#include "InitCommand.h"

#include "ExitCode.h"
#include "PasswordInput.h"
#include "PasswordKdf.h"
#include "RecoveryKey.h"
#include "SecretWipe.h"
#include "Vault.h"
#include "VaultSession.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tessera::cli
{
    namespace
    {
        /// Writes the recovery key to a new file (never over an existing one), mode 0600.
        Result<void> writeKeyFile(const QString& path, const QString& key)
        {
            const QByteArray native = QFile::encodeName(path);
            const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (fd < 0) {
                const QString reason = QString::fromLocal8Bit(std::strerror(errno));
                return Error(errno == EEXIST ? Error::Kind::Conflict : Error::Kind::Io,
                    QStringLiteral("Cannot write the recovery key to %1: %2. Nothing was created.").arg(path, reason));
            }
            QByteArray bytes = key.toUtf8() + '\n';
            bool ok = ::fchmod(fd, 0600) == 0;
            qsizetype written = 0;
            while (ok && written < bytes.size()) {
                const ssize_t n
                    = ::write(fd, bytes.constData() + written, static_cast<std::size_t>(bytes.size() - written));
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                ok = n > 0;
                written += n > 0 ? n : 0;
            }
            ok = ok && ::fsync(fd) == 0;
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            wipe(bytes);
            if (!ok) {
                ::unlink(native.constData());
                return Error(Error::Kind::Io,
                    QStringLiteral("Cannot write the recovery key to %1: %2. Nothing was created.").arg(path, reason));
            }
            return {};
        }

        std::optional<quint64> parseNumber(const QString& text)
        {
            bool ok = false;
            const quint64 value = text.trimmed().toULongLong(&ok);
            return ok ? std::optional<quint64>(value) : std::nullopt;
        }
    }

    QString InitCommand::name() const
    {
        return QStringLiteral("init");
    }

    QString InitCommand::summary() const
    {
        return QStringLiteral("Create a new vault and print its recovery key.");
    }

    QString InitCommand::description() const
    {
        return QStringLiteral(
            "Creates a new encrypted vault (by default ~/.local/share/tessera/vault.tessera; see --vault) with\n"
            "the password from --password-file, standard input or a prompt (asked twice). An existing file is\n"
            "never overwritten (exit 5).\n"
            "\n"
            "It also creates the recovery key: 56 characters in 14 groups that open the vault if the password\n"
            "is forgotten. It is printed once, on standard output or into the new file --recovery-key-out FILE\n"
            "(mode 0600). Keep it somewhere safe and apart from the computer.\n"
            "\n"
            "The password is stretched with Argon2id: --kdf standard (the default: 256 MiB, about half a\n"
            "second), fast (64 MiB) or strong (1 GiB, a few seconds), or explicit --kdf-ops N (1 to 20 passes)\n"
            "with --kdf-mem-mib M (8 to 2048 MiB).");
    }

    QList<Command::Argument> InitCommand::arguments() const
    {
        return {};
    }

    QList<QCommandLineOption> InitCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("kdf"),
                QStringLiteral("Key derivation preset: standard (default), fast or strong."), QStringLiteral("PRESET")),
            QCommandLineOption(QStringLiteral("kdf-ops"),
                QStringLiteral("Argon2id passes (1 to 20), with --kdf-mem-mib."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("kdf-mem-mib"),
                QStringLiteral("Argon2id memory in MiB (8 to 2048), with --kdf-ops."), QStringLiteral("M")),
            QCommandLineOption(QStringLiteral("recovery-key-out"),
                QStringLiteral("Write the recovery key to this new file instead of standard output."),
                QStringLiteral("FILE")),
        };
    }

    int InitCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.err << QStringLiteral("init takes no arguments. Run 'tessera-cli init --help' for usage.\n");
            return Usage;
        }
        if (!context.recoveryKeyFile.isEmpty()) {
            context.err << QStringLiteral("init sets a new password; --recovery-key-file is for opening a vault.\n");
            return Usage;
        }
        const bool preset = parser.isSet(QStringLiteral("kdf"));
        const bool ops = parser.isSet(QStringLiteral("kdf-ops"));
        const bool mem = parser.isSet(QStringLiteral("kdf-mem-mib"));
        PasswordKdf::Parameters parameters = PasswordKdf::preset(PasswordKdf::Preset::Standard);
        if (preset && (ops || mem)) {
            context.err << QStringLiteral("Give either --kdf or --kdf-ops with --kdf-mem-mib, not both.\n");
            return Usage;
        }
        if (preset) {
            const auto chosen = PasswordKdf::parsePreset(parser.value(QStringLiteral("kdf")));
            if (!chosen) {
                context.err << QStringLiteral("--kdf must be standard, fast or strong, not '%1'.\n")
                                   .arg(parser.value(QStringLiteral("kdf")));
                return Usage;
            }
            parameters = PasswordKdf::preset(*chosen);
        } else if (ops || mem) {
            const auto passes = parseNumber(parser.value(QStringLiteral("kdf-ops")));
            const auto mebibytes = parseNumber(parser.value(QStringLiteral("kdf-mem-mib")));
            if (!ops || !mem || !passes || !mebibytes || *passes > 0xFFFFFFFFULL || *mebibytes > (1ULL << 40)) {
                context.err << QStringLiteral(
                    "--kdf-ops and --kdf-mem-mib go together, each with a whole number (passes, and MiB).\n");
                return Usage;
            }
            parameters = {static_cast<quint32>(*passes), *mebibytes << 20};
            if (auto bounds = PasswordKdf::checkBounds(parameters); !bounds) {
                context.err << QStringLiteral("--kdf-ops must be %1 to %2 and --kdf-mem-mib %3 to %4.\n")
                                   .arg(PasswordKdf::MinOps)
                                   .arg(PasswordKdf::MaxOps)
                                   .arg(PasswordKdf::MinMemBytes >> 20)
                                   .arg(PasswordKdf::MaxMemBytes >> 20);
                return Usage;
            }
        }

        VaultSession session(context);
        const QString path = session.path();
        if (Vault::exists(path)) {
            return session.fail(Error(Error::Kind::Conflict,
                QStringLiteral("A vault already exists at %1; tessera-cli never overwrites one.").arg(path)));
        }
        const QString keyFile = parser.value(QStringLiteral("recovery-key-out"));
        if (!keyFile.isEmpty() && QFile::exists(keyFile)) {
            return session.fail(Error(Error::Kind::Conflict,
                QStringLiteral("%1 already exists; choose a new file for the recovery key.").arg(keyFile)));
        }

        auto password = PasswordInput::newPassword(context, context.passwordFile);
        if (!password) {
            return session.fail(password.error());
        }
        auto passwordKey = Vault::deriveNewKey(Credential::password(*password), parameters);
        wipe(*password);
        if (!passwordKey) {
            return session.fail(passwordKey.error());
        }
        const RecoveryKey recoveryKey = RecoveryKey::generate();
        QString keyText = recoveryKey.toString();
        if (!keyFile.isEmpty()) {
            if (auto written = writeKeyFile(keyFile, keyText); !written) {
                wipe(keyText);
                return session.fail(written.error());
            }
        }
        Vault vault(path, session.options());
        if (auto created = vault.create(std::move(passwordKey).value(), recoveryKey); !created) {
            wipe(keyText);
            if (!keyFile.isEmpty()) {
                QFile::remove(keyFile); // a key for a vault that does not exist would only confuse
            }
            return session.fail(created.error());
        }
        vault.lock();
        if (keyFile.isEmpty()) {
            context.out << keyText << QLatin1Char('\n');
        }
        wipe(keyText);
        session.tell(
            QStringLiteral("Created the vault %1. Keep the recovery key somewhere safe: it is shown only once, "
                           "and it opens the vault if you forget the password.")
                .arg(path));
        return Success;
    }
}
