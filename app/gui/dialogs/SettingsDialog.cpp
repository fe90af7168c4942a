#include "SettingsDialog.h"

#include "ChangePasswordDialog.h"
#include "InlineMessage.h"
#include "RecoveryKeyDialog.h"
#include "ScrollablePage.h"
#include "Vault.h"
#include "backup/BackupSettingsPage.h"
#include "services/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        template <typename Enum> void selectData(QComboBox* box, Enum value)
        {
            const int index = box->findData(static_cast<int>(value));
            if (index >= 0) {
                box->setCurrentIndex(index);
            }
        }

        template <typename Enum> Enum currentData(const QComboBox* box)
        {
            return static_cast<Enum>(box->currentData().toInt());
        }

        /// The languages of Translations::languages(), each in its own name: someone who cannot read the
        /// current language still finds theirs.
        struct Language
        {
            const char* code;
            const char* name;
        };
        constexpr Language Languages[] = {
            {"en", "English"},
            {"de", "Deutsch"},
            {"fr", "Français"},
            {"es", "Español"},
        };
    }

    SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
        : SettingsDialog(settings, AutostartEntry::forCurrentUser(), parent)
    { }

    SettingsDialog::SettingsDialog(AppSettings& settings, AutostartEntry autostart, QWidget* parent)
        : QDialog(parent)
        , m_settings(settings)
        , m_autostart(std::move(autostart))
        , m_autoLock(new QSpinBox)
        , m_lockOnScreenLock(new QCheckBox(tr("Loc&k when the screen locks or the computer sleeps")))
        , m_clipboardTimeout(new QSpinBox)
        , m_changePassword(new QPushButton(tr("Change &Password…")))
        , m_recoveryKey(new QPushButton(tr("Show or Regenerate &Recovery Key…")))
        , m_vaultNote(new QLabel)
        , m_startAtLogin(new QCheckBox(tr("Start Tessera when you log &in")))
        , m_startAtLoginProblem(new InlineMessage)
        , m_showTray(new QCheckBox(tr("Show an icon in the system &tray")))
        , m_closeToTray(new QCheckBox(tr("&Closing the window keeps Tessera running in the tray")))
        , m_startMinimized(new QCheckBox(tr("Start &minimised")))
        , m_theme(new QComboBox)
        , m_language(new QComboBox)
        , m_showNextCode(new QCheckBox(tr("Show the &next code below the current one")))
        , m_codeReveal(new QComboBox)
        , m_sort(new QComboBox)
        , m_backups(new BackupSettingsPage(settings))
    {
        setWindowTitle(tr("Settings"));

        // ---- General ------------------------------------------------------------------------
        m_theme->setObjectName(QStringLiteral("theme"));
        m_theme->addItem(tr("Follow the system"), static_cast<int>(ThemeMode::System));
        m_theme->addItem(tr("Light"), static_cast<int>(ThemeMode::Light));
        m_theme->addItem(tr("Dark"), static_cast<int>(ThemeMode::Dark));
        m_theme->setAccessibleName(tr("Theme"));
        m_theme->setAccessibleDescription(tr("Light or dark colours, or the desktop's choice."));
        m_language->setObjectName(QStringLiteral("language"));
        m_language->addItem(tr("System default"), QString());
        for (const Language& language : Languages) {
            m_language->addItem(QString::fromUtf8(language.name), QString::fromLatin1(language.code));
        }
        m_language->setAccessibleName(tr("Language"));
        const QString languageNote = tr("Takes effect when Tessera restarts.");
        m_language->setAccessibleDescription(
            tr("The language of Tessera's windows; the system default follows the desktop's language.")
            + QLatin1Char(' ') + languageNote);

        m_showNextCode->setObjectName(QStringLiteral("showNextCode"));
        m_showNextCode->setAccessibleDescription(tr("Each row also shows the code that comes after the current "
                                                    "one, for sites that ask for two codes."));
        m_codeReveal->setObjectName(QStringLiteral("codeReveal"));
        m_codeReveal->addItem(tr("Always show codes"), static_cast<int>(CodeReveal::Always));
        m_codeReveal->addItem(tr("Hide codes until clicked"), static_cast<int>(CodeReveal::OnClick));
        m_codeReveal->setAccessibleName(tr("Show codes"));
        m_codeReveal->setAccessibleDescription(tr("Hidden codes show as dots until you click or select the row, "
                                                  "for when others can see your screen."));
        m_sort->setObjectName(QStringLiteral("sortMode"));
        m_sort->addItem(tr("My order (drag to rearrange)"), static_cast<int>(SortMode::FavoritesThenManual));
        m_sort->addItem(tr("Alphabetical"), static_cast<int>(SortMode::Alphabetical));
        m_sort->setAccessibleName(tr("Order of the list"));
        m_sort->setAccessibleDescription(tr("Favourites always come first."));

        m_showTray->setObjectName(QStringLiteral("showTrayIcon"));
        m_showTray->setAccessibleDescription(tr("An icon beside the clock with Show, Quick search, Lock and Quit, "
                                                "where the desktop has a tray."));
        m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
        m_closeToTray->setAccessibleDescription(tr("When on, closing the window hides it and Tessera keeps "
                                                   "running; quit from the tray icon or with Ctrl+Q."));
        m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
        m_startAtLogin->setAccessibleDescription(tr("Adds Tessera to the programs your desktop starts when you log "
                                                    "in. With \"Start minimised\" it waits in the tray."));
        m_startAtLoginProblem->setObjectName(QStringLiteral("startAtLoginProblem"));
        m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
        m_startMinimized->setAccessibleDescription(tr("Tessera starts without showing its window: in the tray "
                                                      "where there is one, otherwise minimised."));

        auto* listGroup = new QGroupBox(tr("Account List"));
        auto* listForm = new QFormLayout(listGroup);
        listForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        listForm->addRow(tr("Cod&es:"), m_codeReveal);
        listForm->addRow(tr("&Order:"), m_sort);
        listForm->addRow(m_showNextCode);
        auto* appearanceGroup = new QGroupBox(tr("Appearance"));
        auto* appearanceForm = new QFormLayout(appearanceGroup);
        appearanceForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        appearanceForm->addRow(tr("T&heme:"), m_theme);
        appearanceForm->addRow(tr("&Language:"), m_language);
        auto* languageHint = new QLabel(languageNote);
        languageHint->setObjectName(QStringLiteral("languageNote"));
        languageHint->setWordWrap(true);
        // The whole field column, not a combo box's width (a form lets only expanding fields grow).
        languageHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        languageHint->setForegroundRole(QPalette::PlaceholderText);
        appearanceForm->addRow(QString(), languageHint);
        auto* windowGroup = new QGroupBox(tr("Window and Tray"));
        auto* windowLayout = new QVBoxLayout(windowGroup);
        windowLayout->addWidget(m_startAtLogin);
        windowLayout->addWidget(m_startAtLoginProblem);
        windowLayout->addWidget(m_showTray);
        windowLayout->addWidget(m_closeToTray);
        windowLayout->addWidget(m_startMinimized);
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            auto* noTray = new InlineMessage(windowGroup);
            noTray->setObjectName(QStringLiteral("noTrayNote"));
            noTray->setMessage(InlineMessage::Severity::Info,
                tr("This desktop has no system tray right now. These settings take effect where there is one."));
            windowLayout->addWidget(noTray);
        }

        auto* general = new QWidget;
        auto* generalLayout = new QVBoxLayout(general);
        generalLayout->addWidget(listGroup);
        generalLayout->addWidget(appearanceGroup);
        generalLayout->addWidget(windowGroup);
        generalLayout->addStretch();

        // ---- Security -----------------------------------------------------------------------
        m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
        m_autoLock->setRange(0, static_cast<int>(AppSettings::maximumAutoLockTimeout.count()));
        m_autoLock->setSuffix(tr(" min"));
        m_autoLock->setSpecialValueText(tr("Never"));
        m_autoLock->setAccessibleName(tr("Lock after idle minutes"));
        m_autoLock->setAccessibleDescription(tr("Tessera locks after this many minutes without use. 0 means "
                                                "never."));
        m_lockOnScreenLock->setObjectName(QStringLiteral("lockOnScreenLock"));
        m_lockOnScreenLock->setAccessibleDescription(tr("Locks Tessera when the desktop locks the screen and "
                                                        "before the computer suspends."));
        m_clipboardTimeout->setObjectName(QStringLiteral("clipboardSeconds"));
        m_clipboardTimeout->setRange(0, static_cast<int>(AppSettings::maximumClipboardTimeout.count()));
        m_clipboardTimeout->setSuffix(tr(" s"));
        m_clipboardTimeout->setSpecialValueText(tr("Only on lock or quit"));
        m_clipboardTimeout->setAccessibleName(tr("Clear copied codes after seconds"));
        m_clipboardTimeout->setAccessibleDescription(tr("A copied code is removed from the clipboard after this "
                                                        "many seconds, if it is still there. 0 keeps it until "
                                                        "Tessera locks or quits."));

        m_changePassword->setObjectName(QStringLiteral("changePassword"));
        m_changePassword->setAccessibleDescription(tr("Opens a window to change the vault's password."));
        m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
        m_recoveryKey->setAccessibleDescription(tr("Explains the recovery key and lets you replace it with a new "
                                                   "one."));
        m_vaultNote->setObjectName(QStringLiteral("vaultNote"));
        m_vaultNote->setWordWrap(true);
        m_vaultNote->setText(tr("Unlock the vault to change its password or recovery key."));

        auto* lockGroup = new QGroupBox(tr("Locking"));
        auto* lockForm = new QFormLayout(lockGroup);
        lockForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        lockForm->addRow(tr("Lock after &idle:"), m_autoLock);
        lockForm->addRow(m_lockOnScreenLock);
        auto* clipboardGroup = new QGroupBox(tr("Clipboard"));
        auto* clipboardForm = new QFormLayout(clipboardGroup);
        clipboardForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        clipboardForm->addRow(tr("Clear copied &codes after:"), m_clipboardTimeout);
        auto* vaultGroup = new QGroupBox(tr("Vault"));
        auto* vaultLayout = new QVBoxLayout(vaultGroup);
        auto* vaultButtons = new QHBoxLayout;
        vaultButtons->addWidget(m_changePassword);
        vaultButtons->addWidget(m_recoveryKey);
        vaultButtons->addStretch();
        vaultLayout->addLayout(vaultButtons);
        vaultLayout->addWidget(m_vaultNote);

        auto* security = new QWidget;
        auto* securityLayout = new QVBoxLayout(security);
        securityLayout->addWidget(lockGroup);
        securityLayout->addWidget(clipboardGroup);
        securityLayout->addWidget(vaultGroup);
        securityLayout->addStretch();

        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("settingsTabs"));
        tabs->addTab(new ScrollablePage(general), tr("&General"));
        tabs->addTab(new ScrollablePage(security), tr("&Security"));
        tabs->addTab(new ScrollablePage(m_backups), tr("&Backups"));

        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Changes are already saved."));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(tabs);
        layout->addWidget(buttons);

        load();

        connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
        connect(m_backups, &BackupSettingsPage::restoreRequested, this, &SettingsDialog::restoreRequested);
        connect(m_autoLock, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setAutoLockTimeout(std::chrono::minutes(minutes)); });
        connect(m_lockOnScreenLock, &QCheckBox::toggled, &m_settings, &AppSettings::setLockOnScreenLock);
        connect(m_clipboardTimeout, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_settings.setClipboardTimeout(std::chrono::seconds(seconds)); });
        connect(m_showTray, &QCheckBox::toggled, this, [this](bool show) {
            m_settings.setShowTrayIcon(show);
            m_closeToTray->setEnabled(show);
        });
        connect(m_closeToTray, &QCheckBox::toggled, &m_settings, &AppSettings::setCloseToTray);
        connect(m_startMinimized, &QCheckBox::toggled, &m_settings, &AppSettings::setStartMinimized);
        connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsDialog::setStartAtLogin);
        connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setLanguage(m_language->currentData().toString()); });
        connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(currentData<ThemeMode>(m_theme)); });
        connect(m_showNextCode, &QCheckBox::toggled, &m_settings, &AppSettings::setShowNextCode);
        connect(m_codeReveal, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setCodeReveal(currentData<CodeReveal>(m_codeReveal)); });
        connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setSortMode(currentData<SortMode>(m_sort)); });
        connect(m_changePassword, &QPushButton::clicked, this, &SettingsDialog::changePassword);
        connect(m_recoveryKey, &QPushButton::clicked, this, &SettingsDialog::showRecoveryKey);
        connect(this, &QDialog::finished, &m_settings, &AppSettings::sync);

        updateVaultButtons();
    }

    void SettingsDialog::load()
    {
        m_autoLock->setValue(static_cast<int>(m_settings.autoLockTimeout().count()));
        m_lockOnScreenLock->setChecked(m_settings.lockOnScreenLock());
        m_clipboardTimeout->setValue(static_cast<int>(m_settings.clipboardTimeout().count()));
        m_showTray->setChecked(m_settings.showTrayIcon());
        m_closeToTray->setChecked(m_settings.closeToTray());
        m_closeToTray->setEnabled(m_settings.showTrayIcon());
        m_startMinimized->setChecked(m_settings.startMinimized());
        m_startAtLogin->setChecked(m_autostart.isEnabled());
        selectData(m_theme, m_settings.theme());
        // A language Tessera does not have (any more) follows the system, as at start-up.
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
        m_showNextCode->setChecked(m_settings.showNextCode());
        selectData(m_codeReveal, m_settings.codeReveal());
        selectData(m_sort, m_settings.sortMode());
    }

    void SettingsDialog::setVault(Vault* vault, Clipboard* clipboard)
    {
        if (m_vault != nullptr) {
            m_vault->disconnect(this);
        }
        m_vault = vault;
        m_clipboard = clipboard;
        if (vault != nullptr) {
            connect(vault, &Vault::unlocked, this, &SettingsDialog::updateVaultButtons);
            connect(vault, &Vault::locked, this, &SettingsDialog::updateVaultButtons);
        }
        updateVaultButtons();
    }

    void SettingsDialog::updateVaultButtons()
    {
        const bool ready = m_vault != nullptr && m_clipboard != nullptr && m_vault->isUnlocked();
        m_changePassword->setEnabled(ready);
        m_recoveryKey->setEnabled(ready);
        m_vaultNote->setVisible(!ready);
    }

    void SettingsDialog::changePassword()
    {
        if (m_vault == nullptr || !m_vault->isUnlocked()) {
            return;
        }
        ChangePasswordDialog dialog(*m_vault, this);
        connect(&dialog, &ChangePasswordDialog::passwordChanged, this, &SettingsDialog::passwordChanged);
        dialog.exec();
    }

    void SettingsDialog::setStartAtLogin(bool start)
    {
        if (auto changed = m_autostart.setEnabled(start); !changed) {
            m_startAtLoginProblem->setMessage(InlineMessage::Severity::Error, changed.error().message());
        } else {
            m_startAtLoginProblem->clear();
        }
        // The box shows what the desktop will do, also when writing failed.
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(m_autostart.isEnabled());
    }

    void SettingsDialog::showRecoveryKey()
    {
        if (m_vault == nullptr || m_clipboard == nullptr || !m_vault->isUnlocked()) {
            return;
        }
        RecoveryKeyDialog dialog(*m_vault, *m_clipboard, this);
        connect(&dialog, &RecoveryKeyDialog::recoveryKeyRegenerated, this, &SettingsDialog::recoveryKeyRegenerated);
        dialog.exec();
    }
}
