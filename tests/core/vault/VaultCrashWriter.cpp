// A writer for VaultCrashSafetyTest: unlocks the vault given on the command line and changes it
// as fast as it can until it is killed. Before each change it prints "begin ..." and after the
// commit returned "commit ...", each line flushed at once, so the test knows what was committed.
//
//   tessera_vault_crash_writer VAULT_PATH PASSWORD SEED

#include "Account.h"
#include "Credential.h"
#include "OtpParameters.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QUuid>

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
    if (args.size() != 4) {
        std::fputs("usage: tessera_vault_crash_writer VAULT_PATH PASSWORD SEED\n", stderr);
        return 1;
    }
    VaultOptions options;
    options.purgeExpiredTrashOnUnlock = false;
    Vault vault(args.at(1), options);
    if (auto unlocked = vault.unlock(Credential::password(args.at(2))); !unlocked) {
        std::fprintf(stderr, "%s\n", qPrintable(unlocked.error().message()));
        return 2;
    }
    QRandomGenerator random(args.at(3).toUInt());
    QList<QUuid> mine;
    say(QStringLiteral("ready"));
    for (int i = 0; i < 1'000'000; ++i) {
        if (mine.isEmpty() || random.bounded(3) != 0) {
            Account account(OtpParameters::create(OtpType::Totp, QByteArray(20, static_cast<char>(i))).value());
            account.id = QUuid::createUuid();
            account.issuer = QStringLiteral("Crash %1").arg(i);
            account.note = QStringLiteral("n0");
            say(QStringLiteral("begin add %1").arg(account.id.toString(QUuid::WithoutBraces)));
            if (auto added = vault.add(account); !added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error().message()));
                return 3;
            }
            say(QStringLiteral("commit add %1").arg(account.id.toString(QUuid::WithoutBraces)));
            mine.append(account.id);
        } else {
            const QUuid id = mine.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(mine.size()))));
            const QString note = QStringLiteral("n%1").arg(i);
            say(QStringLiteral("begin note %1 %2").arg(id.toString(QUuid::WithoutBraces), note));
            auto modified = vault.modify(id, [&note](Account& account) { account.note = note; });
            if (!modified) {
                std::fprintf(stderr, "%s\n", qPrintable(modified.error().message()));
                return 3;
            }
            say(QStringLiteral("commit note %1 %2").arg(id.toString(QUuid::WithoutBraces), note));
        }
    }
    return 0;
}
