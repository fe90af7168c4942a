#include "PasswordInput.h"

#include "SecretWipe.h"

#include <QFile>

#include <csignal>

#include <termios.h>
#include <unistd.h>

namespace tessera::cli
{
    namespace
    {
        struct termios g_savedTerminal;
        volatile sig_atomic_t g_echoOff = 0;

        /// Restores the terminal and dies of the same signal: Ctrl-C never leaves echo off.
        void restoreAndReraise(int signal)
        {
            if (g_echoOff != 0) {
                ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
            }
            std::signal(signal, SIG_DFL);
            std::raise(signal);
        }

        class EchoOff
        {
        public:
            EchoOff()
            {
                if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
                    return;
                }
                struct termios quiet = g_savedTerminal;
                quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
                quiet.c_lflag |= ECHONL;
                m_previousInt = std::signal(SIGINT, restoreAndReraise);
                m_previousTerm = std::signal(SIGTERM, restoreAndReraise);
                g_echoOff = 1;
                m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
            }
            ~EchoOff()
            {
                if (g_echoOff != 0) {
                    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
                    g_echoOff = 0;
                    std::signal(SIGINT, m_previousInt);
                    std::signal(SIGTERM, m_previousTerm);
                }
            }
            EchoOff(const EchoOff&) = delete;
            EchoOff& operator=(const EchoOff&) = delete;
            [[nodiscard]] bool active() const { return m_active; }

        private:
            bool m_active = false;
            void (*m_previousInt)(int) = SIG_DFL;
            void (*m_previousTerm)(int) = SIG_DFL;
        };

        QString stripLineBreak(QByteArray& line)
        {
            if (line.endsWith('\n')) {
                line.chop(1);
            }
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            QString text = QString::fromUtf8(line);
            wipe(line);
            return text;
        }

        Error unreadable(const QString& what, const QString& file, const QString& reason)
        {
            return {
                Error::Kind::InvalidInput, QStringLiteral("Cannot read the %1 file %2: %3.").arg(what, file, reason)};
        }
    }

    Result<QString> PasswordInput::firstLineOf(const QString& file, const QString& what)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return unreadable(what, file, in.errorString());
        }
        QByteArray line = in.readLine(64 * 1024);
        return stripLineBreak(line);
    }

    Result<QString> PasswordInput::contentOf(const QString& file, const QString& what)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return unreadable(what, file, in.errorString());
        }
        QByteArray bytes = in.read(64 * 1024);
        QString text = QString::fromUtf8(bytes);
        wipe(bytes);
        return text;
    }

    Result<QString> PasswordInput::firstLineOfInput(CommandContext& context, const QString& missing)
    {
        if (!context.in.isOpen()) {
            context.in.open(QIODevice::ReadOnly);
        }
        QByteArray line = context.in.readLine(64 * 1024);
        if (line.isEmpty()) {
            return Error(Error::Kind::InvalidInput, missing);
        }
        return stripLineBreak(line);
    }

    Result<QString> PasswordInput::prompt(CommandContext& context, const QString& label)
    {
        context.err << label;
        context.err.flush();
        QByteArray line;
        {
            const EchoOff echoOff;
            line = context.in.readLine(64 * 1024);
        }
        if (line.isEmpty()) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("No password was given."));
        }
        return stripLineBreak(line);
    }

    Result<QString> PasswordInput::promptTwice(
        CommandContext& context, const QString& label, const QString& nothingDone)
    {
        auto password = prompt(context, label);
        if (!password) {
            return password;
        }
        auto again = prompt(context, QStringLiteral("The same password again: "));
        if (!again) {
            wipe(*password);
            return again.error();
        }
        const bool same = *again == *password;
        wipe(*again);
        if (!same) {
            wipe(*password);
            return Error(
                Error::Kind::InvalidInput, QStringLiteral("The two passwords differ; %1. Try again.").arg(nothingDone));
        }
        return password;
    }

    Result<QString> PasswordInput::currentPassword(CommandContext& context)
    {
        if (!context.passwordFile.isEmpty()) {
            return firstLineOf(context.passwordFile, QStringLiteral("password"));
        }
        if (!context.inIsTerminal) {
            return firstLineOfInput(context,
                QStringLiteral("No password was given: standard input is empty. Use --password-file FILE, pipe the "
                               "password in, or run tessera-cli in a terminal."));
        }
        return prompt(context, QStringLiteral("Vault password: "));
    }

    Result<QString> PasswordInput::newPassword(CommandContext& context, const QString& file)
    {
        Result<QString> password = QString();
        if (!file.isEmpty()) {
            password = firstLineOf(file, QStringLiteral("password"));
        } else if (!context.inIsTerminal) {
            password = firstLineOfInput(context,
                QStringLiteral("No password was given: standard input is empty. Use --password-file FILE, pipe the "
                               "password in, or run tessera-cli in a terminal."));
        } else {
            password
                = promptTwice(context, QStringLiteral("New vault password: "), QStringLiteral("nothing was changed"));
        }
        if (password && password->isEmpty()) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("The new password is empty; choose a real one."));
        }
        return password;
    }

    Result<QString> PasswordInput::backupPassword(
        CommandContext& context, const QString& file, const QString& backupFile)
    {
        if (!file.isEmpty()) {
            return firstLineOf(file, QStringLiteral("backup password"));
        }
        if (!context.inIsTerminal) {
            return firstLineOfInput(context,
                QStringLiteral("No password was given for the encrypted file %1: standard input has no more lines. "
                               "Use --backup-password-file FILE, pipe the password in, or run tessera-cli in a "
                               "terminal.")
                    .arg(backupFile));
        }
        return prompt(context, QStringLiteral("Backup password for %1: ").arg(backupFile));
    }

    Result<QString> PasswordInput::newBackupPassword(CommandContext& context, const QString& file)
    {
        Result<QString> password = QString();
        if (!file.isEmpty()) {
            password = firstLineOf(file, QStringLiteral("backup password"));
        } else if (!context.inIsTerminal) {
            password = firstLineOfInput(context,
                QStringLiteral("No password was given for the encrypted export: standard input has no more lines. "
                               "Use --backup-password-file FILE, pipe the password in, or run tessera-cli in a "
                               "terminal."));
        } else {
            password = promptTwice(
                context, QStringLiteral("Password for the export: "), QStringLiteral("nothing was written"));
        }
        if (password && password->isEmpty()) {
            return Error(Error::Kind::InvalidInput,
                QStringLiteral("The password for the export is empty; choose a real one, or export without "
                               "encryption (aegis-plain, uris)."));
        }
        return password;
    }
}
