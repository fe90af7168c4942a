// A writer for BackupInterruptedTest: unlocks the vault, then adds an account and writes an automatic
// backup of it into FOLDER, again and again, until it is killed. After each copy is in place it prints
// "backup FILE" (flushed at once), so the test knows which copies were finished.
//
//   tessera_backup_crash_writer VAULT_PATH FOLDER PASSWORD SEED

#include "Account.h"
#include "AutomaticBackup.h"
#include "Credential.h"
#include "OtpParameters.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace tessera;

namespace
{
    void say(const QString& line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
    }
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fputs("usage: tessera_backup_crash_writer VAULT_PATH FOLDER PASSWORD SEED\n", stderr);
        return 1;
    }
    VaultOptions options;
    options.purgeExpiredTrashOnUnlock = false;
    Vault vault(args.at(1), options);
    if (auto unlocked = vault.unlock(Credential::password(args.at(3))); !unlocked) {
        std::fprintf(stderr, "%s\n", qPrintable(unlocked.error().message()));
        return 2;
    }
    // Each copy a millisecond after the last, so every one gets its own name.
    qint64 now = QDateTime::currentMSecsSinceEpoch() + args.at(4).toLongLong() * 1'000'000;
    AutomaticBackup::Options backupOptions;
    backupOptions.now = [&now] { return ++now; };
    AutomaticBackup backup(vault, args.at(2), std::move(backupOptions));
    say(QStringLiteral("ready"));
    for (int i = 0; i < 1'000'000; ++i) {
        Account account(OtpParameters::create(OtpType::Totp, QByteArray(20, static_cast<char>(i))).value());
        account.issuer = QStringLiteral("Backup %1.%2").arg(args.at(4)).arg(i);
        if (auto added = vault.add(account); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message()));
            return 3;
        }
        auto written = backup.backUpNow();
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message()));
            return 3;
        }
        if (written->has_value()) {
            say(QStringLiteral("backup %1").arg((*written)->location));
        }
    }
    return 0;
}
