#pragma once

#include <QString>

namespace tessera::test
{
    /// Fixtures the project wrote itself (tests/data).
    QString dataPath(const QString& relative);
    /// The shared corpus of other apps' exports, or an empty string when it is not present.
    QString corpusPath(const QString& relative);
    /// A built executable of the project, e.g. "tessera-cli".
    QString executablePath(const QString& name);
    /// Whether an outside tool (oathtool, zbarimg, ...) is on PATH. In CI a missing tool is a
    /// failure, never a silent skip: see requireTool().
    bool hasTool(const QString& name);
    /// Fails the current test when the tool is missing (CI installs it via packaging/install-deps.sh).
    void requireTool(const QString& name);
}
