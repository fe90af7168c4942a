#pragma once

#include <QUuid>
#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera
{
    class ClockCheck;
    struct ImportResult;
}

namespace tessera::gui
{
    class ImportFileReader;
    struct RecoveryContext;

    /// Step 2: before the provider's long recovery, the three things that often fix it at once: the seed
    /// is still somewhere (the trash, a backup file), the computer's clock is off, or the codes drifted
    /// (re-sync). "The codes work again" skips to the prevention step; Next goes on to the provider's
    /// alternative factors.
    class RecoveryTroubleshootPage : public QWizardPage
    {
        Q_OBJECT

    public:
        RecoveryTroubleshootPage(RecoveryContext& context, QWidget* parent = nullptr);
        ~RecoveryTroubleshootPage() override;

        [[nodiscard]] QLabel* seedStatus() const { return m_seedStatus; }
        [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
        [[nodiscard]] QPushButton* searchBackupButton() const { return m_searchBackup; }
        [[nodiscard]] QPushButton* clockButton() const { return m_checkClock; }
        [[nodiscard]] QLabel* clockStatus() const { return m_clockStatus; }
        [[nodiscard]] QLineEdit* resyncField() const { return m_resyncCodes; }
        [[nodiscard]] QPushButton* resyncButton() const { return m_resync; }
        [[nodiscard]] QLabel* resyncStatus() const { return m_resyncStatus; }
        [[nodiscard]] QPushButton* fixButton() const { return m_fix; }
        [[nodiscard]] QPushButton* worksAgainButton() const { return m_worksAgain; }
        [[nodiscard]] ImportFileReader* backupReader() const { return m_reader; }

        void initializePage() override;
        bool validatePage() override;
        void cleanupPage() override;

    signals:
        /// The seed was found or the codes re-synced: the wizard goes to the prevention step.
        void resolved();

    private:
        void updateSeedStatus();
        void restoreFromTrash();
        void searchBackup();
        void onBackupRead(const tessera::ImportResult& result, const QString& source);
        void checkClock();
        void onClockChecked();
        void resync();
        void applyFix();
        void worksAgain();
        [[nodiscard]] QUuid accountId() const;

        RecoveryContext& m_context;
        QLabel* m_seedStatus;
        QPushButton* m_restore;
        QPushButton* m_searchBackup;
        QPushButton* m_checkClock;
        QLabel* m_clockStatus;
        QLineEdit* m_resyncCodes;
        QPushButton* m_resync;
        QLabel* m_resyncStatus;
        QPushButton* m_fix;
        QPushButton* m_worksAgain;
        ClockCheck* m_clock;
        ImportFileReader* m_reader;
        std::function<void()> m_pendingFix;
    };
}
