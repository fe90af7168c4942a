#include "TestPaths.h"

#include "TestConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace tessera::test
{
    QString dataPath(const QString& relative)
    {
        return QDir(QStringLiteral(TESSERA_TEST_DATA_DIR)).filePath(relative);
    }

    QString corpusPath(const QString& relative)
    {
        const QString path = QDir(QStringLiteral(TESSERA_CORPUS_DIR)).filePath(relative);
        return QFileInfo::exists(path) ? path : QString();
    }

    QString executablePath(const QString& name)
    {
        const QString cli = QDir(QStringLiteral(TESSERA_BINARY_DIR)).filePath(QStringLiteral("app/cli/") + name);
        if (QFileInfo::exists(cli)) {
            return cli;
        }
        return QDir(QStringLiteral(TESSERA_BINARY_DIR)).filePath(QStringLiteral("app/gui/") + name);
    }

    bool hasTool(const QString& name)
    {
        return !QStandardPaths::findExecutable(name).isEmpty();
    }

    void requireTool(const QString& name)
    {
        ASSERT_TRUE(hasTool(name)) << name.toStdString()
                                   << " is not installed; run packaging/install-deps.sh (tests never skip it silently)";
    }
}
