#pragma once

#include "UriListFormat.h"

#include <QCoreApplication>

namespace tessera
{
    /// Ente Auth's plain export: otpauth:// links, one per line, each with a `codeDisplay` parameter
    /// (URL-encoded JSON {pinned, trashed, lastUsedAt, tapCount, tags}). Tags become tags, pinned becomes
    /// favourite; accounts Ente had in its trash are imported with a warning. (Ente's encrypted export,
    /// libsodium secretstream, is not read: FormatDetector names it.)
    class EnteFormat final : public UriListFormat
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::EnteFormat)

    public:
        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool canWrite() const override;

    protected:
        void decorate(Account& account, QStringView line, ImportResult& result) const override;
    };
}
