#include "services/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tessera::Error;
using tessera::gui::AutostartEntry;

namespace
{
    /// Every test runs with XDG_CONFIG_HOME in a temporary folder: the user's autostart folder is never touched.
    class AutostartEntryTest : public ::testing::Test
    {
    protected:
        void SetUp() override
        {
            ASSERT_TRUE(configHome.isValid());
            m_previous = qgetenv("XDG_CONFIG_HOME");
            m_hadPrevious = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
        }

        void TearDown() override
        {
            if (m_hadPrevious) {
                qputenv("XDG_CONFIG_HOME", m_previous);
            } else {
                qunsetenv("XDG_CONFIG_HOME");
            }
        }

        [[nodiscard]] QString entryPath() const
        {
            return configHome.filePath(QStringLiteral("autostart/io.github.tessera.Tessera.desktop"));
        }

        static QByteArray read(const QString& path)
        {
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            return file.readAll();
        }

        static void write(const QString& path, const QByteArray& contents)
        {
            ASSERT_TRUE(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(contents);
        }

        QTemporaryDir configHome;

    private:
        QByteArray m_previous;
        bool m_hadPrevious = false;
    };
}

TEST_F(AutostartEntryTest, LivesInTheAutostartFolderOfXdgConfigHome)
{
    EXPECT_EQ(AutostartEntry::defaultDirectory(), configHome.filePath(QStringLiteral("autostart")));
    EXPECT_EQ(AutostartEntry::forCurrentUser().filePath(), entryPath());
    // A test binary is no program to start at login: the entry names the installed command.
    EXPECT_EQ(AutostartEntry::defaultExecutable(), QStringLiteral("tessera"));
}

TEST_F(AutostartEntryTest, EnablingWritesADesktopEntryAndDisablingRemovesIt)
{
    const AutostartEntry entry = AutostartEntry::forCurrentUser();
    EXPECT_FALSE(entry.isEnabled());
    ASSERT_TRUE(entry.setEnabled(true).ok());
    EXPECT_TRUE(entry.isEnabled());
    ASSERT_TRUE(QFile::exists(entryPath()));

    QSettings desktop(entryPath(), QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    EXPECT_EQ(desktop.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    EXPECT_EQ(desktop.value(QStringLiteral("Name")).toString(), QStringLiteral("Tessera"));
    EXPECT_EQ(desktop.value(QStringLiteral("Exec")).toString(), QStringLiteral("tessera"));
    EXPECT_EQ(desktop.value(QStringLiteral("Icon")).toString(), QStringLiteral("io.github.tessera.Tessera"));
    EXPECT_EQ(desktop.value(QStringLiteral("Terminal")).toString(), QStringLiteral("false"));
    // Written through a temporary file renamed into place: nothing else is left in the folder.
    EXPECT_EQ(QDir(configHome.filePath(QStringLiteral("autostart"))).entryList(QDir::Files | QDir::Hidden),
        QStringList({QStringLiteral("io.github.tessera.Tessera.desktop")}));

    ASSERT_TRUE(entry.setEnabled(false).ok());
    EXPECT_FALSE(entry.isEnabled());
    EXPECT_FALSE(QFile::exists(entryPath()));
    EXPECT_TRUE(entry.setEnabled(false).ok()) << "already off is fine";
}

TEST_F(AutostartEntryTest, AnEntryTurnedOffByTheDesktopIsOffAndTurningItOnReplacesIt)
{
    const AutostartEntry entry(QStringLiteral("/usr/bin/tessera"), AutostartEntry::defaultDirectory());
    write(entryPath(), "[Desktop Entry]\nType=Application\nExec=tessera\nX-GNOME-Autostart-enabled=false\n");
    EXPECT_FALSE(entry.isEnabled());
    write(entryPath(), "[Desktop Entry]\nType=Application\nExec=tessera\nHidden=true\n");
    EXPECT_FALSE(entry.isEnabled());
    // Only [Desktop Entry] counts.
    write(entryPath(), "[Desktop Entry]\nExec=tessera\n\n[Desktop Action quick-search]\nHidden=true\n");
    EXPECT_TRUE(entry.isEnabled());

    write(entryPath(), "[Desktop Entry]\nType=Application\nExec=old\nHidden=true\n");
    ASSERT_TRUE(entry.setEnabled(true).ok());
    EXPECT_TRUE(entry.isEnabled());
    const QByteArray contents = read(entryPath());
    EXPECT_TRUE(contents.contains("\nExec=/usr/bin/tessera\n")) << contents.toStdString();
    EXPECT_FALSE(contents.contains("Hidden"));
}

TEST_F(AutostartEntryTest, TheExecLineIsQuotedAndEscapedAsTheSpecificationSays)
{
    EXPECT_EQ(AutostartEntry::execValue(QStringLiteral("/usr/bin/tessera")), QStringLiteral("/usr/bin/tessera"));
    EXPECT_EQ(AutostartEntry::execValue(QStringLiteral("/home/alice/My Apps/tessera")),
        QStringLiteral("\"/home/alice/My Apps/tessera\""));
    // $ and \ take a backslash inside the quotes, % doubles, then every backslash doubles as in any string value.
    EXPECT_EQ(AutostartEntry::execValue(QStringLiteral("/opt/100%/te$t")), QStringLiteral("\"/opt/100%%/te\\\\$t\""));
    EXPECT_EQ(AutostartEntry::execValue(QStringLiteral("/opt/a\\b")), QStringLiteral("\"/opt/a\\\\\\\\b\""));

    const AutostartEntry entry(QStringLiteral("/home/alice/My Apps/tessera"), AutostartEntry::defaultDirectory());
    EXPECT_TRUE(entry.contents().contains(QStringLiteral("\nExec=\"/home/alice/My Apps/tessera\"\n")));
    EXPECT_TRUE(entry.contents().contains(QStringLiteral("\nTryExec=/home/alice/My Apps/tessera\n")));
}

TEST_F(AutostartEntryTest, AFolderThatCannotBeMadeIsAnError)
{
    write(configHome.filePath(QStringLiteral("blocked")), "a file, not a folder");
    const AutostartEntry entry(QStringLiteral("tessera"), configHome.filePath(QStringLiteral("blocked/autostart")));
    const auto written = entry.setEnabled(true);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind(), Error::Kind::Io);
    EXPECT_FALSE(written.error().message().isEmpty());
    EXPECT_FALSE(entry.isEnabled());
}
