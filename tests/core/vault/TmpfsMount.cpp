#include "TmpfsMount.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

namespace tessera::test
{
    TmpfsMount::TmpfsMount(int sizeKiB)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        const QByteArray target = QFile::encodeName(m_dir.path());
        const QByteArray options = QStringLiteral("size=%1k,mode=0700").arg(sizeKiB).toLatin1();
        if (::mount("tmpfs", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
            m_error = QStringLiteral("mounting a tmpfs failed (%1); these tests need root, as in CI")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }

    TmpfsMount::~TmpfsMount()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
        }
    }

    QString TmpfsMount::path(const QString& name) const
    {
        return QDir(m_dir.path()).filePath(name);
    }

    bool TmpfsMount::remountReadOnly()
    {
        return ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr,
                   MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr)
            == 0;
    }

    bool TmpfsMount::remountReadWrite()
    {
        return ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr, MS_REMOUNT | MS_NOSUID | MS_NODEV,
                   nullptr)
            == 0;
    }

    QString TmpfsMount::fill()
    {
        const QString filler = path(QStringLiteral("filler"));
        QFile file(filler);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            return filler;
        }
        const QByteArray block(4096, 'f');
        while (file.write(block) == block.size()) { }
        const QByteArray byte(1, 'f');
        while (file.write(byte) == 1) { }
        file.close();
        return filler;
    }
}
