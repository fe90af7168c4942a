#pragma once

#include "RecoveryInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QGridLayout;

namespace tessera::gui
{
    /// The single-use recovery codes a provider gave out: a list with a "used" check box and a
    /// copy button per code, and a box to paste a block of new codes (one per line). Copying asks
    /// the owner (copyRequested) to put the code on the clipboard and mark it used.
    class RecoveryCodesEditor : public QWidget
    {
        Q_OBJECT

    public:
        explicit RecoveryCodesEditor(QWidget* parent = nullptr);

        void setCodes(const QList<RecoveryCode>& codes);
        [[nodiscard]] const QList<RecoveryCode>& codes() const { return m_codes; }

        /// Adds the codes of a pasted block, one per line; blank lines and codes already listed are
        /// skipped. Returns how many were added.
        int addCodes(const QString& block);
        /// Marks `code` used at `when` (after it was copied).
        void markUsed(const QString& code, const QDateTime& when);

        /// Where "used" times come from when the user ticks a box (tests pass a fixed clock).
        void setNow(std::function<QDateTime()> now);

    signals:
        /// The user asked to copy `code`: put it on the clipboard and call markUsed().
        void copyRequested(const QString& code);
        /// Codes were added, removed or marked.
        void codesChanged();

    private:
        void rebuild();
        void addPasted();
        void removeUsed();
        void removeAll();
        void setUsed(int index, bool used);

        QList<RecoveryCode> m_codes;
        std::function<QDateTime()> m_now;
        QLabel* m_summary;
        QWidget* m_list;
        QWidget* m_listEnd; ///< the widget the rows come before in the tab order
        QGridLayout* m_grid;
        QPushButton* m_removeUsed;
        QPushButton* m_removeAll;
        QPlainTextEdit* m_paste;
        QPushButton* m_add;
        QLabel* m_addResult;
    };
}
