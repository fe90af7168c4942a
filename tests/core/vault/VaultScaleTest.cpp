#include "OtpGenerator.h"
#include "Vault.h"
#include "VaultTestSupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace tessera;
using tessera::test::VaultDir;

TEST(VaultScale, TwentyThousandAccountsStayWithinAFewGuardedAllocations)
{
    constexpr int Count = 20000;
    VaultDir dir;
    const auto baseline = SecureBytes::liveAllocations();
    QList<Account> accounts;
    accounts.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        Account account = tessera::test::makeAccount(
            QStringLiteral("Issuer %1").arg(i), QStringLiteral("user%1@example.org").arg(i), i);
        account.note = QStringLiteral("note for account %1").arg(i);
        accounts.append(std::move(account));
    }
    QElapsedTimer timer;
    timer.start();
    {
        auto vault = tessera::test::createVault(dir.path());
        ASSERT_TRUE(vault);
        auto ids = vault->addAll(accounts);
        ASSERT_TRUE(ids.ok()) << ids.error().message().toStdString();
        EXPECT_LE(SecureBytes::liveAllocations(), baseline + 2);
    }
    const qint64 addMs = timer.restart();
    EXPECT_EQ(SecureBytes::liveAllocations(), baseline);

    Vault vault(dir.path());
    ASSERT_TRUE(vault.unlock(Credential::password(tessera::test::testPassword())).ok());
    const qint64 unlockMs = timer.restart();
    EXPECT_LE(SecureBytes::liveAllocations(), baseline + 2); // the master key and one arena
    EXPECT_TRUE(vault.integrityIssues().isEmpty());
    const auto list = vault.accounts();
    ASSERT_EQ(list.size(), Count);
    EXPECT_EQ(list.last().issuer, QStringLiteral("Issuer %1").arg(Count - 1));
    for (int i = 0; i < Count; i += 1999) {
        const QUuid id = list.at(i).id;
        EXPECT_EQ(vault.code(id, 1'700'000'000).value(), OtpGenerator::code(accounts.at(i).parameters, 1'700'000'000));
    }
    ASSERT_TRUE(vault.add(tessera::test::makeAccount(QStringLiteral("One more"), QStringLiteral("x"))).ok());
    EXPECT_LE(SecureBytes::liveAllocations(), baseline + 2);
    vault.lock();
    EXPECT_EQ(SecureBytes::liveAllocations(), baseline);
    std::cout << Count << " accounts: added in " << addMs << " ms, unlocked (minimum KDF) and decrypted in " << unlockMs
              << " ms" << std::endl;
}
