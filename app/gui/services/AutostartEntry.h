#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace tessera::gui
{
    /// "Start at login": the XDG autostart entry ($XDG_CONFIG_HOME/autostart/io.github.tessera.Tessera.desktop)
    /// that desktops read when the user logs in. The entry is the setting: Tessera is started at login
    /// exactly when the file is there and not turned off (Hidden=true, or GNOME's
    /// X-GNOME-Autostart-enabled=false), so a change made in the desktop's own startup settings shows in
    /// Tessera's. The start-minimised preference applies to that start like to any other.
    class AutostartEntry
    {
        Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

    public:
        /// The entry's file name: the application id, as the desktop file it mirrors.
        static const QString FileName;

        /// An entry in `directory` that runs `executable` (a path or a command name).
        AutostartEntry(QString executable, QString directory);
        /// The running Tessera, in the user's autostart folder.
        [[nodiscard]] static AutostartEntry forCurrentUser();

        /// QStandardPaths' generic config folder (XDG_CONFIG_HOME, by default ~/.config) + "/autostart".
        [[nodiscard]] static QString defaultDirectory();
        /// What starts this Tessera: the AppImage when run from one, this executable when it is
        /// `tessera`, else the command `tessera` (a build tree's or a test's executable is no
        /// place to start from at login).
        [[nodiscard]] static QString defaultExecutable();

        [[nodiscard]] QString filePath() const;
        [[nodiscard]] const QString& executable() const { return m_executable; }
        /// The file exists and is not turned off.
        [[nodiscard]] bool isEnabled() const;
        /// Writes the entry (atomically: a crash leaves the old file or none) or removes it.
        [[nodiscard]] Result<void> setEnabled(bool enabled) const;
        /// The desktop entry written.
        [[nodiscard]] QString contents() const;
        /// `executable` as an Exec= value: quoted and escaped as the Desktop Entry Specification says.
        [[nodiscard]] static QString execValue(const QString& executable);

    private:
        /// The escapes of a desktop entry string value (\\, \n, \t, \r).
        [[nodiscard]] static QString escapedString(const QString& value);

        QString m_executable;
        QString m_directory;
    };
}
