#include "VaultSession.h"

#include "AccountQuery.h"
#include "ExitCode.h"
#include "PasswordInput.h"
#include "RecoveryKey.h"
#include "SecretWipe.h"

namespace tessera::cli
{
    VaultSession::VaultSession(CommandContext& context)
        : m_context(context)
    { }

    QString VaultSession::path() const
    {
        return m_context.vaultPath.isEmpty() ? Vault::defaultPath() : m_context.vaultPath;
    }

    VaultOptions VaultSession::options() const
    {
        VaultOptions options;
        Clock* clock = &m_context.clock;
        options.now = [clock] { return clock->nowMilliseconds(); };
        return options;
    }

    int VaultSession::fail(const Error& error) const
    {
        m_context.err << error.message() << QLatin1Char('\n');
        return exitCodeFor(error.kind());
    }

    void VaultSession::tell(const QString& message) const
    {
        m_context.err << message << QLatin1Char('\n');
    }

    Result<Credential> VaultSession::credential() const
    {
        if (!m_context.recoveryKeyFile.isEmpty()) {
            auto text = PasswordInput::contentOf(m_context.recoveryKeyFile, QStringLiteral("recovery key"));
            if (!text) {
                return text.error();
            }
            auto key = RecoveryKey::parse(*text);
            wipe(*text);
            if (!key) {
                return key.error();
            }
            return Credential::recoveryKey(*key);
        }
        auto password = PasswordInput::currentPassword(m_context);
        if (!password) {
            return password.error();
        }
        Credential credential = Credential::password(*password);
        wipe(*password);
        return credential;
    }

    std::optional<int> VaultSession::unlock(Access access)
    {
        const QString file = path();
        if (!Vault::exists(file)) {
            return fail(Error(Error::Kind::Io,
                QStringLiteral("There is no vault at %1. Create one with 'tessera-cli init', or give its path with "
                               "--vault.")
                    .arg(file)));
        }
        auto secret = credential();
        if (!secret) {
            return fail(secret.error());
        }
        m_vault = std::make_unique<Vault>(file, options());
        if (auto unlocked = m_vault->unlock(*secret); !unlocked) {
            return fail(unlocked.error());
        }
        const auto& issues = m_vault->integrityIssues();
        if (issues.isEmpty()) {
            return std::nullopt;
        }
        for (const IntegrityIssue& issue : issues) {
            m_context.err << (access == Access::Write ? QStringLiteral("Error: ") : QStringLiteral("Warning: "))
                          << issue.message() << QLatin1Char('\n');
        }
        if (access == Access::Write) {
            return fail(Error(Error::Kind::Corrupt,
                QStringLiteral("The vault has integrity problems, so nothing was changed. Restore a backup, or repair "
                               "the vault in Tessera.")));
        }
        return std::nullopt;
    }

    Result<AccountSummary> VaultSession::find(const QString& query, Vault::Filter filter) const
    {
        return AccountQuery::resolve(m_vault->accounts(filter), query,
            filter == Vault::Filter::Trash ? QStringLiteral("in the trash") : QString());
    }
}
