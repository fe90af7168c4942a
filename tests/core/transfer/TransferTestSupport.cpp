#include "TransferTestSupport.h"

#include "Base32.h"
#include "OtpUri.h"
#include "TestPaths.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

namespace tessera::test
{
    FixedRandom::FixedRandom(quint64 seed, bool asciiOnly)
        : m_state(seed == 0 ? 1 : seed)
        , m_asciiOnly(asciiOnly)
    { }

    void FixedRandom::fill(unsigned char* buffer, std::size_t size)
    {
        for (std::size_t i = 0; i < size; ++i) {
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            const auto byte = static_cast<unsigned char>(m_state >> 32);
            buffer[i] = m_asciiOnly ? static_cast<unsigned char>('a' + byte % 26) : byte;
        }
    }

    Account accountFromUri(const QString& uri)
    {
        auto parsed = OtpUri::parse(uri);
        EXPECT_TRUE(parsed.ok()) << uri.toStdString() << ": "
                                 << (parsed.ok() ? std::string() : parsed.error().message().toStdString());
        if (!parsed.ok()) {
            return Account(OtpParameters::create(OtpType::Totp, QByteArray(10, 'x')).value());
        }
        const QDateTime epoch = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        Account account = Account::fromUri(*parsed, epoch);
        return account;
    }

    QList<Account> fixtureAccounts()
    {
        return {
            accountFromUri(QStringLiteral("otpauth://totp/Example%20Bank:alice%40example.com?"
                                          "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example%20Bank")),
            accountFromUri(QStringLiteral("otpauth://totp/Forge:bob?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
                                          "&issuer=Forge&algorithm=SHA256&digits=8&period=60")),
            accountFromUri(QStringLiteral("otpauth://hotp/Mail%20Co:carol?secret=ONSWG4TFOQQGC3TEEBWG63THMVZA"
                                          "&issuer=Mail%20Co&algorithm=SHA512&digits=7&counter=42")),
            accountFromUri(QStringLiteral("otpauth://steam/Steam:dave?secret=KRSXG5BAKN2GKYLNEBVWK6JBEE&issuer=Steam")),
            accountFromUri(QStringLiteral("otpauth://totp/%C3%9Cn%C3%AFcode%20Ltd:%C3%A9mile%40ex%C3%A4mple.org?"
                                          "secret=NB2W45DFOIZCAMJSGI2CA6DZPI&issuer=%C3%9Cn%C3%AFcode%20Ltd")),
        };
    }

    QList<Account> richAccounts()
    {
        QList<Account> accounts = fixtureAccounts();
        const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'780'000'000'123LL, Qt::UTC);
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            Account& account = accounts[i];
            account.id = QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(i + 1, 12, 10, QLatin1Char('0')));
            account.position = i;
            account.createdAt = base.addSecs(i * 3600);
            account.modifiedAt = base.addSecs(i * 3600 + 60);
        }
        accounts[0].note = QStringLiteral("Main account; PIN hint: \"blue\"");
        accounts[0].tags = {QStringLiteral("Finance"), QStringLiteral("Personal")};
        accounts[0].favorite = true;
        accounts[0].lastVerifiedAt = base.addDays(2);
        accounts[0].recovery.email = QStringLiteral("alice@example.com");
        accounts[0].recovery.phone = QStringLiteral("+41 79 123 45 67");
        accounts[0].recovery.phoneCheckedOn = QDate(2026, 5, 17);
        accounts[0].recovery.recoveryCodes
            = {{QStringLiteral("1111-2222"), false, QDateTime()}, {QStringLiteral("3333-4444"), true, base.addDays(1)}};
        accounts[0].recovery.secondFactor = SecondFactor::SecurityKey;
        accounts[0].recovery.recoveryUrl = QStringLiteral("https://bank.example/recover");
        accounts[0].recovery.note = QStringLiteral("Call the branch");
        accounts[1].tags = {QStringLiteral("Work")};
        accounts[2].tags = {QStringLiteral("Work"), QStringLiteral("Finance")};
        accounts[3].trashedAt = base.addDays(3);
        accounts[4].note = QStringLiteral("Ünïcode note ✓");
        return accounts;
    }

    QList<Account> manyAccounts(int count)
    {
        QList<Account> accounts;
        accounts.reserve(count);
        for (int i = 0; i < count; ++i) {
            QByteArray secret(20, '\0');
            for (int b = 0; b < secret.size(); ++b) {
                secret[b] = static_cast<char>((i * 131 + b * 17 + (i >> 8) * 7) & 0xFF);
            }
            secret[0] = static_cast<char>(i & 0xFF);
            secret[1] = static_cast<char>((i >> 8) & 0xFF);
            Account account(OtpParameters::create(OtpType::Totp, secret).value());
            account.id = QUuid::createUuid();
            account.issuer = QStringLiteral("Service %1").arg(i + 1);
            account.accountName = QStringLiteral("user%1@example.com").arg(i + 1);
            accounts.append(account);
        }
        return accounts;
    }

    QByteArray readFile(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    QByteArray readData(const QString& relative)
    {
        return readFile(dataPath(QStringLiteral("transfer/") + relative));
    }

    const Account* findBySecret(const QList<Account>& accounts, const QString& base32)
    {
        const QByteArray secret = Base32::decode(base32).value();
        for (const Account& account : accounts) {
            if (account.parameters.secret() == secret) {
                return &account;
            }
        }
        return nullptr;
    }

    QString describe(const Account& account)
    {
        const OtpParameters& p = account.parameters;
        return QStringLiteral("%1 '%2'/'%3' %4 %5 %6 %7")
            .arg(OtpParameters::typeName(p.type()), account.issuer, account.accountName,
                OtpParameters::algorithmName(p.algorithm()))
            .arg(p.digits())
            .arg(p.type() == OtpType::Hotp ? QStringLiteral("counter") : QStringLiteral("period"))
            .arg(p.type() == OtpType::Hotp ? p.counter() : static_cast<quint64>(p.period()));
    }

    QString compareAccounts(const QList<Account>& expected, const QList<Account>& actual)
    {
        QStringList problems;
        if (expected.size() != actual.size()) {
            problems.append(QStringLiteral("expected %1 accounts, got %2").arg(expected.size()).arg(actual.size()));
        }
        QSet<const Account*> matched;
        for (const Account& want : expected) {
            const Account* got = nullptr;
            for (const Account& candidate : actual) {
                if (!matched.contains(&candidate) && candidate.parameters.secret() == want.parameters.secret()) {
                    got = &candidate;
                    break;
                }
            }
            if (got == nullptr) {
                problems.append(QStringLiteral("missing: %1").arg(describe(want)));
                continue;
            }
            matched.insert(got);
            if (describe(*got) != describe(want) || !(got->parameters == want.parameters)) {
                problems.append(QStringLiteral("expected %1, got %2").arg(describe(want), describe(*got)));
            }
        }
        for (const Account& candidate : actual) {
            if (!matched.contains(&candidate)) {
                problems.append(QStringLiteral("unexpected: %1").arg(describe(candidate)));
            }
        }
        return problems.join(QStringLiteral("; "));
    }
}
