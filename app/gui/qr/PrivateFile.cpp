#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::gui
{
    namespace
    {
        constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

        Error cannotWrite(const QString& path, const QString& reason)
        {
            return Error(Error::Kind::Io,
                QCoreApplication::translate("tessera::gui::PrivateFile", "Cannot save “%1”: %2. Choose another folder.")
                    .arg(QFileInfo(path).fileName(), reason));
        }
    }

    Result<void> PrivateFile::write(const QString& path, const QByteArray& bytes)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return cannotWrite(path, file.errorString());
        }
        if (!file.setPermissions(OwnerOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return cannotWrite(path, reason);
        }
        return {};
    }

    Result<void> PrivateFile::restrict(const QString& path)
    {
        if (!QFile::setPermissions(path, OwnerOnly)) {
            return cannotWrite(path, QFile(path).errorString());
        }
        return {};
    }
}
