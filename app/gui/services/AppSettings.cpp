#include "AppSettings.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <utility>

namespace tessera::gui
{
    namespace
    {
        namespace key
        {
            const QString clipboardTimeout = QStringLiteral("security/clipboardClearSeconds");
            const QString autoLock = QStringLiteral("security/autoLockMinutes");
            const QString lockOnScreenLock = QStringLiteral("security/lockOnScreenLock");
            const QString showTrayIcon = QStringLiteral("tray/showIcon");
            const QString closeToTray = QStringLiteral("tray/closeToTray");
            const QString startMinimized = QStringLiteral("window/startMinimized");
            const QString geometry = QStringLiteral("window/geometry");
            const QString theme = QStringLiteral("appearance/theme");
            const QString language = QStringLiteral("appearance/language");
            const QString showNextCode = QStringLiteral("list/showNextCode");
            const QString codeReveal = QStringLiteral("list/codeReveal");
            const QString sortMode = QStringLiteral("list/sortMode");
            const QString lastVault = QStringLiteral("vault/lastPath");
            const QString recoveryProgress = QStringLiteral("recovery/progress");
            const QString backupFolder = QStringLiteral("backup/automaticFolder");
        }

        // Enums are stored as words, so the file stays readable and survives reordering.
        const std::array themeNames{
            std::pair{ThemeMode::System, QStringLiteral("system")},
            std::pair{ThemeMode::Light, QStringLiteral("light")},
            std::pair{ThemeMode::Dark, QStringLiteral("dark")},
        };
        const std::array revealNames{
            std::pair{CodeReveal::Always, QStringLiteral("always")},
            std::pair{CodeReveal::OnClick, QStringLiteral("click")},
        };
        const std::array sortNames{
            std::pair{SortMode::FavoritesThenManual, QStringLiteral("manual")},
            std::pair{SortMode::Alphabetical, QStringLiteral("alphabetical")},
        };

        template <typename Enum, std::size_t N>
        Enum fromName(const std::array<std::pair<Enum, QString>, N>& names, const QString& name, Enum fallback)
        {
            const auto* found
                = std::find_if(names.begin(), names.end(), [&name](const auto& entry) { return entry.second == name; });
            return found == names.end() ? fallback : found->first;
        }

        template <typename Enum, std::size_t N>
        QString toName(const std::array<std::pair<Enum, QString>, N>& names, Enum value)
        {
            const auto* found
                = std::find_if(names.begin(), names.end(), [value](const auto& entry) { return entry.first == value; });
            return found == names.end() ? names.front().second : found->second;
        }
    }

    AppSettings::AppSettings(QObject* parent)
        : QObject(parent)
        , m_owned(std::make_unique<QSettings>())
        , m_settings(*m_owned)
    { }

    AppSettings::AppSettings(QSettings& storage, QObject* parent)
        : QObject(parent)
        , m_settings(storage)
    { }

    AppSettings::~AppSettings() = default;

    std::chrono::seconds AppSettings::clipboardTimeout() const
    {
        return std::chrono::seconds(readInt(key::clipboardTimeout, static_cast<int>(defaultClipboardTimeout.count()), 0,
            static_cast<int>(maximumClipboardTimeout.count())));
    }

    void AppSettings::setClipboardTimeout(std::chrono::seconds timeout)
    {
        const auto bounded = std::clamp(timeout, std::chrono::seconds::zero(), maximumClipboardTimeout);
        if (clipboardTimeout() == bounded) {
            return;
        }
        write(key::clipboardTimeout, static_cast<int>(bounded.count()));
        emit clipboardTimeoutChanged(bounded);
    }

    std::chrono::minutes AppSettings::autoLockTimeout() const
    {
        return std::chrono::minutes(readInt(key::autoLock, static_cast<int>(defaultAutoLockTimeout.count()), 0,
            static_cast<int>(maximumAutoLockTimeout.count())));
    }

    void AppSettings::setAutoLockTimeout(std::chrono::minutes timeout)
    {
        const auto bounded = std::clamp(timeout, std::chrono::minutes::zero(), maximumAutoLockTimeout);
        if (autoLockTimeout() == bounded) {
            return;
        }
        write(key::autoLock, static_cast<int>(bounded.count()));
        emit autoLockTimeoutChanged(bounded);
    }

    bool AppSettings::lockOnScreenLock() const
    {
        return readBool(key::lockOnScreenLock, true);
    }

    void AppSettings::setLockOnScreenLock(bool lock)
    {
        if (lockOnScreenLock() == lock) {
            return;
        }
        write(key::lockOnScreenLock, lock);
        emit lockOnScreenLockChanged(lock);
    }

    bool AppSettings::showTrayIcon() const
    {
        return readBool(key::showTrayIcon, true);
    }

    void AppSettings::setShowTrayIcon(bool show)
    {
        if (showTrayIcon() == show) {
            return;
        }
        write(key::showTrayIcon, show);
        emit showTrayIconChanged(show);
    }

    bool AppSettings::closeToTray() const
    {
        return readBool(key::closeToTray, false);
    }

    void AppSettings::setCloseToTray(bool closeToTray)
    {
        if (this->closeToTray() == closeToTray) {
            return;
        }
        write(key::closeToTray, closeToTray);
        emit closeToTrayChanged(closeToTray);
    }

    bool AppSettings::startMinimized() const
    {
        return readBool(key::startMinimized, false);
    }

    void AppSettings::setStartMinimized(bool minimized)
    {
        if (startMinimized() == minimized) {
            return;
        }
        write(key::startMinimized, minimized);
        emit startMinimizedChanged(minimized);
    }

    ThemeMode AppSettings::theme() const
    {
        return fromName(themeNames, readString(key::theme), ThemeMode::System);
    }

    void AppSettings::setTheme(ThemeMode theme)
    {
        if (this->theme() == theme) {
            return;
        }
        write(key::theme, toName(themeNames, theme));
        emit themeChanged(theme);
    }

    QString AppSettings::language() const
    {
        return readString(key::language);
    }

    void AppSettings::setLanguage(const QString& language)
    {
        write(key::language, language);
    }

    bool AppSettings::showNextCode() const
    {
        return readBool(key::showNextCode, false);
    }

    void AppSettings::setShowNextCode(bool show)
    {
        if (showNextCode() == show) {
            return;
        }
        write(key::showNextCode, show);
        emit showNextCodeChanged(show);
    }

    CodeReveal AppSettings::codeReveal() const
    {
        return fromName(revealNames, readString(key::codeReveal), CodeReveal::Always);
    }

    void AppSettings::setCodeReveal(CodeReveal reveal)
    {
        if (codeReveal() == reveal) {
            return;
        }
        write(key::codeReveal, toName(revealNames, reveal));
        emit codeRevealChanged(reveal);
    }

    SortMode AppSettings::sortMode() const
    {
        return fromName(sortNames, readString(key::sortMode), SortMode::FavoritesThenManual);
    }

    void AppSettings::setSortMode(SortMode mode)
    {
        if (sortMode() == mode) {
            return;
        }
        write(key::sortMode, toName(sortNames, mode));
        emit sortModeChanged(mode);
    }

    QByteArray AppSettings::windowGeometry() const
    {
        return m_settings.value(key::geometry).toByteArray();
    }

    void AppSettings::setWindowGeometry(const QByteArray& geometry)
    {
        write(key::geometry, geometry);
    }

    QString AppSettings::lastVaultPath() const
    {
        return readString(key::lastVault);
    }

    void AppSettings::setLastVaultPath(const QString& path)
    {
        write(key::lastVault, path);
    }

    QString AppSettings::automaticBackupFolder() const
    {
        return readString(key::backupFolder);
    }

    void AppSettings::setAutomaticBackupFolder(const QString& folder)
    {
        if (folder == automaticBackupFolder()) {
            return;
        }
        write(key::backupFolder, folder);
        emit automaticBackupFolderChanged(folder);
    }

    QString AppSettings::recoveryProgress() const
    {
        return readString(key::recoveryProgress);
    }

    void AppSettings::setRecoveryProgress(const QString& json)
    {
        if (json.isEmpty()) {
            m_settings.remove(key::recoveryProgress);
            return;
        }
        write(key::recoveryProgress, json);
    }

    void AppSettings::sync()
    {
        m_settings.sync();
    }

    bool AppSettings::readBool(const QString& name, bool fallback) const
    {
        const QVariant value = m_settings.value(name);
        if (!value.isValid()) {
            return fallback;
        }
        // QSettings INI files give strings back: accept what QVariant can convert, else the default.
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1")) {
            return true;
        }
        if (text == QLatin1String("false") || text == QLatin1String("0")) {
            return false;
        }
        return fallback;
    }

    int AppSettings::readInt(const QString& name, int fallback, int minimum, int maximum) const
    {
        bool ok = false;
        const int value = m_settings.value(name).toInt(&ok);
        if (!ok) {
            return fallback;
        }
        return std::clamp(value, minimum, maximum);
    }

    QString AppSettings::readString(const QString& name) const
    {
        return m_settings.value(name).toString();
    }

    void AppSettings::write(const QString& name, const QVariant& value)
    {
        m_settings.setValue(name, value);
    }
}
