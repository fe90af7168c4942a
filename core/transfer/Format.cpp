#include "Format.h"

namespace tessera
{
    Format::~Format() = default;

    bool Format::canWrite() const
    {
        return false;
    }

    QString Format::fileExtension() const
    {
        return QStringLiteral("txt");
    }

    Result<ExportResult> Format::write(const QList<Account>& accounts, const ExportOptions& options) const
    {
        Q_UNUSED(accounts)
        Q_UNUSED(options)
        return Error(Error::Kind::Unsupported, tr("Tessera cannot export to %1 files.").arg(displayName()));
    }

    Result<void> Format::checkSize(QByteArrayView data) const
    {
        if (data.isEmpty()) {
            return invalid(tr("it is empty."));
        }
        if (data.size() > MaxFileBytes) {
            return invalid(tr("it is %1 MiB, larger than any %2 export Tessera accepts (%3 MiB).")
                               .arg(data.size() >> 20)
                               .arg(displayName())
                               .arg(MaxFileBytes >> 20));
        }
        return {};
    }

    Error Format::passwordNeeded() const
    {
        return {Error::Kind::WrongPassword, tr("This %1 file is encrypted; enter its password.").arg(displayName())};
    }

    Error Format::wrongPassword() const
    {
        return {Error::Kind::WrongPassword,
            tr("The password does not open this %1 file. Check the password and try again.").arg(displayName())};
    }

    Error Format::invalid(const QString& message) const
    {
        return {Error::Kind::InvalidInput, tr("This %1 file cannot be read: %2").arg(displayName(), message)};
    }
}
