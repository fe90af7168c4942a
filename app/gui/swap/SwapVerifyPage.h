#pragma once

#include <QList>
#include <QUuid>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    struct SwapPlan;
    class VaultHolder;

    /// Checks that accounts really arrived: for each, the user types the code the other device shows
    /// (the old phone, for accounts that came into Tessera; the new phone, for accounts given to it) and
    /// Tessera compares it with its own, one period either side. A match is ticked and remembered as the
    /// account's last verification.
    class SwapVerifyPage : public QWizardPage
    {
        Q_OBJECT

    public:
        enum class Device
        {
            OldPhone, ///< verifies the accounts received from it
            NewPhone, ///< verifies every account given to it
        };

        SwapVerifyPage(
            Device device, SwapPlan& plan, VaultHolder& holder, const Clock& clock, QWidget* parent = nullptr);

        [[nodiscard]] QTableWidget* table() const { return m_table; }
        [[nodiscard]] QLineEdit* codeField(int row) const;
        [[nodiscard]] QUuid accountAt(int row) const;
        [[nodiscard]] bool isVerified(const QUuid& id) const { return m_verified.contains(id); }
        [[nodiscard]] int verifiedCount() const { return int(m_verified.size()); }
        [[nodiscard]] int accountCount() const { return int(m_ids.size()); }
        [[nodiscard]] QList<QUuid> unverified() const;

        void initializePage() override;

    private:
        void check(int row, const QString& typed);
        void updateSummary();

        Device m_device;
        SwapPlan& m_plan;
        VaultHolder& m_holder;
        const Clock& m_clock;
        QLabel* m_intro;
        QTableWidget* m_table;
        QLabel* m_summary;
        QList<QUuid> m_ids;
        QList<QUuid> m_verified;
    };
}
