#include "BackupSettingsPage.h"

#include "dialogs/FileChooser.h"
#include "services/AppSettings.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    BackupSettingsPage::BackupSettingsPage(AppSettings& settings, QWidget* parent)
        : QWidget(parent)
        , m_settings(settings)
        , m_enabled(new QCheckBox(tr("Make &automatic backups")))
        , m_folder(new QLabel)
        , m_choose(new QPushButton(tr("C&hoose Folder…")))
        , m_restore(new QPushButton(tr("&Restore from an Automatic Backup…")))
    {
        m_folder->setTextFormat(Qt::PlainText);
        m_folder->setWordWrap(true);
        m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* note = new QLabel(tr("A copy of the vault is written a couple of minutes after each change, and when "
                                   "Tessera locks. The copies are encrypted like the vault and open with the "
                                   "password (or recovery key) you had when they were written, so a synced or "
                                   "removable folder is a good place. Tessera keeps every copy of the last two "
                                   "days, then one a day for a month and one a week for six months."));
        note->setWordWrap(true);
        auto* group = new QGroupBox(tr("Automatic Backups"));
        auto* folderRow = new QHBoxLayout;
        folderRow->addWidget(m_folder, 1);
        folderRow->addWidget(m_choose);
        auto* groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(m_enabled);
        groupLayout->addLayout(folderRow);
        groupLayout->addWidget(note);
        groupLayout->addWidget(m_restore, 0, Qt::AlignLeft);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(group);
        layout->addStretch();
        load();
        connect(m_enabled, &QCheckBox::toggled, this, &BackupSettingsPage::setEnabled);
        connect(m_choose, &QPushButton::clicked, this, &BackupSettingsPage::chooseFolder);
        connect(m_restore, &QPushButton::clicked, this, &BackupSettingsPage::restoreRequested);
        connect(&m_settings, &AppSettings::automaticBackupFolderChanged, this, &BackupSettingsPage::load);
    }

    void BackupSettingsPage::useFolder(const QString& folder)
    {
        m_settings.setAutomaticBackupFolder(QDir::cleanPath(folder));
    }

    void BackupSettingsPage::chooseFolder()
    {
        const QString current = m_settings.automaticBackupFolder();
        const QString folder = FileChooser::folder(
            this, tr("Folder for Automatic Backups"), current.isEmpty() ? QDir::homePath() : current);
        if (!folder.isEmpty()) {
            useFolder(folder);
        } else {
            load();
        }
    }

    void BackupSettingsPage::setEnabled(bool enabled)
    {
        if (!enabled) {
            m_settings.setAutomaticBackupFolder(QString());
        } else if (m_settings.automaticBackupFolder().isEmpty()) {
            chooseFolder();
        }
    }

    void BackupSettingsPage::load()
    {
        const QString folder = m_settings.automaticBackupFolder();
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(!folder.isEmpty());
        m_folder->setText(folder.isEmpty() ? tr("Off: no folder chosen.") : QDir::toNativeSeparators(folder));
        m_restore->setEnabled(!folder.isEmpty());
    }
}
