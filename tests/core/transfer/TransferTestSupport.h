#pragma once

#include "Account.h"
#include "ImportResult.h"
#include "Random.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>

namespace tessera::test
{
    /// Deterministic randomness for exports: a fixed xorshift stream. With `asciiOnly`, every byte is a
    /// lower-case letter, so salts can be passed on a command line (the argon2 tool takes its salt as an
    /// argument).
    class FixedRandom final : public Random
    {
    public:
        explicit FixedRandom(quint64 seed = 0x5eed, bool asciiOnly = false);
        void fill(unsigned char* buffer, std::size_t size) override;

    private:
        quint64 m_state;
        bool m_asciiOnly;
    };

    /// The project's own fixture accounts (tests/data/transfer/README.md lists them): TOTP SHA-1/6/30,
    /// TOTP SHA-256/8/60, HOTP SHA-512/7 counter 42, Steam, and TOTP with non-ASCII names.
    QList<Account> fixtureAccounts();
    /// The same accounts with notes, tags, favourites, times and recovery information filled in.
    QList<Account> richAccounts();
    /// `count` distinct TOTP accounts ("Service N" / "user N@example.com"), for benchmarks and batches.
    QList<Account> manyAccounts(int count);

    QByteArray readData(const QString& relative); ///< a file under tests/data/transfer
    QByteArray readFile(const QString& path);

    /// The account with this secret (base32), or nullptr.
    const Account* findBySecret(const QList<Account>& accounts, const QString& base32);
    /// "type issuer/name algorithm digits period|counter": for readable comparison failures.
    QString describe(const Account& account);
    /// Checks that `actual` holds exactly the accounts of `expected` (matched by secret, order ignored),
    /// comparing issuer, name and every OTP parameter. Empty on success, else what differs.
    QString compareAccounts(const QList<Account>& expected, const QList<Account>& actual);

    /// An account from an otpauth:// link (fails the test on a bad link).
    Account accountFromUri(const QString& uri);
}
