#pragma once

#include "Account.h"
#include "AccountSummary.h"
#include "OtpParameters.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QUuid>

namespace tessera
{
    /// The plaintext of one account record (record format 1): a CBOR map with text keys, written in
    /// a fixed order (docs/vault-format.md lists every key and type). The account UUID is not in
    /// the plaintext: it is the row's key and part of the associated data.
    ///
    /// Decoding is strict: a wrong type, a repeated key or a missing required key is Corrupt; an
    /// unknown key is Unsupported (a newer Tessera must raise the record format to add one).
    class AccountCodec
    {
    public:
        /// The CBOR bytes, written into a buffer reserved up front so no stale copy of the secret
        /// is left behind by reallocation. The result holds the secret: wipe it after sealing.
        [[nodiscard]] static QByteArray encode(const Account& account);

        [[nodiscard]] static Result<Account> decode(QByteArrayView plaintext, const QUuid& id);
        /// The list fields only: the secret, note and recovery info are skipped, never copied.
        [[nodiscard]] static Result<AccountSummary> decodeSummary(
            QByteArrayView plaintext, const QUuid& id, quint64 revision);
        /// Only what a code needs (the returned parameters wipe their secret when destroyed).
        [[nodiscard]] static Result<OtpParameters> decodeParameters(QByteArrayView plaintext);
    };
}
