#include "AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        const QString ApplicationId = QStringLiteral("io.github.tessera.Tessera");
        const QString CommandName = QStringLiteral("tessera");

        /// Whether [Desktop Entry] turns the entry off (how desktops disable an entry without deleting it).
        bool isTurnedOff(const QString& text)
        {
            bool inMainGroup = false;
            for (QString line : text.split(QLatin1Char('\n'))) {
                line = line.trimmed();
                if (line.startsWith(QLatin1Char('['))) {
                    inMainGroup = line == QLatin1String("[Desktop Entry]");
                    continue;
                }
                const qsizetype equals = line.indexOf(QLatin1Char('='));
                if (!inMainGroup || equals < 0) {
                    continue;
                }
                const QString key = line.left(equals).trimmed();
                const QString value = line.mid(equals + 1).trimmed().toLower();
                if ((key == QLatin1String("Hidden") && value == QLatin1String("true"))
                    || (key == QLatin1String("X-GNOME-Autostart-enabled") && value == QLatin1String("false"))) {
                    return true;
                }
            }
            return false;
        }
    }

    const QString AutostartEntry::FileName = ApplicationId + QStringLiteral(".desktop");

    AutostartEntry::AutostartEntry(QString executable, QString directory)
        : m_executable(std::move(executable))
        , m_directory(std::move(directory))
    { }

    AutostartEntry AutostartEntry::forCurrentUser()
    {
        return AutostartEntry(defaultExecutable(), defaultDirectory());
    }

    QString AutostartEntry::defaultDirectory()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart");
    }

    QString AutostartEntry::defaultExecutable()
    {
        // An AppImage runs from a temporary mount; the image itself is what starts it again.
        const QString appImage = qEnvironmentVariable("APPIMAGE");
        if (!appImage.isEmpty()) {
            return appImage;
        }
        const QString running = QCoreApplication::applicationFilePath();
        if (!running.isEmpty() && QFileInfo(running).fileName() == CommandName) {
            return running;
        }
        return CommandName;
    }

    QString AutostartEntry::filePath() const
    {
        return QDir(m_directory).filePath(FileName);
    }

    bool AutostartEntry::isEnabled() const
    {
        QFile file(filePath());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return false;
        }
        return !isTurnedOff(QString::fromUtf8(file.readAll()));
    }

    Result<void> AutostartEntry::setEnabled(bool enabled) const
    {
        const QString path = QDir::toNativeSeparators(filePath());
        if (!enabled) {
            QFile file(filePath());
            if (file.exists() && !file.remove()) {
                return Error(Error::Kind::Io, tr("Could not remove %1: %2.").arg(path, file.errorString()));
            }
            return {};
        }
        if (!QDir().mkpath(m_directory)) {
            return Error(
                Error::Kind::Io, tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
        }
        QSaveFile file(filePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            return Error(Error::Kind::Io, tr("Could not write %1: %2.").arg(path, file.errorString()));
        }
        file.write(contents().toUtf8());
        if (!file.commit()) {
            return Error(Error::Kind::Io, tr("Could not write %1: %2.").arg(path, file.errorString()));
        }
        return {};
    }

    QString AutostartEntry::contents() const
    {
        // Name and Comment stay in English: like the installed desktop file, an entry carries its
        // translations as Name[de]= keys, and this one is only read by the session manager.
        return QStringLiteral("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=Tessera\n"
                              "Comment=Two-factor codes from an encrypted vault\n"
                              "Exec=%1\n"
                              "TryExec=%2\n"
                              "Icon=%3\n"
                              "Terminal=false\n"
                              "StartupNotify=false\n"
                              "X-GNOME-Autostart-enabled=true\n")
            .arg(execValue(m_executable), escapedString(m_executable), ApplicationId);
    }

    QString AutostartEntry::execValue(const QString& executable)
    {
        // Reserved characters make an argument quoted; inside quotes ", `, $ and \ take a backslash.
        static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
        QString argument = executable;
        if (std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); })) {
            QString quoted;
            for (QChar c : std::as_const(argument)) {
                if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')) {
                    quoted += QLatin1Char('\\');
                }
                quoted += c;
            }
            argument = QLatin1Char('"') + quoted + QLatin1Char('"');
        }
        // A literal % is %% (field codes start with %); then the string escapes of every value apply.
        argument.replace(QLatin1Char('%'), QStringLiteral("%%"));
        return escapedString(argument);
    }

    QString AutostartEntry::escapedString(const QString& value)
    {
        QString escaped;
        for (QChar c : value) {
            if (c == QLatin1Char('\\')) {
                escaped += QStringLiteral("\\\\");
            } else if (c == QLatin1Char('\n')) {
                escaped += QStringLiteral("\\n");
            } else if (c == QLatin1Char('\t')) {
                escaped += QStringLiteral("\\t");
            } else if (c == QLatin1Char('\r')) {
                escaped += QStringLiteral("\\r");
            } else {
                escaped += c;
            }
        }
        return escaped;
    }
}
