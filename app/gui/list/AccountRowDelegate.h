#pragma once

#include "AccountRow.h"

#include <QFont>
#include <QRect>
#include <QRegion>
#include <QString>
#include <QStyledItemDelegate>

#include <memory>

namespace tessera::gui
{
    /// Paints one account per row, as the interface principles draw it:
    ///
    ///     (G)  GitHub                      090 127   ◑ 12s
    ///          alice                   next 105 337
    ///
    /// a letter avatar (or the account's icon), the issuer in normal weight with the account name
    /// smaller and dimmer below, both elided in the middle, the code as the largest text in a
    /// monospace font, and a countdown ring (time-based) or a "Next" button (counter-based). The
    /// line under the code shows the next code or the copy feedback ("Copied · clears in 30 s").
    /// Every size comes from the fonts and the style's layout metrics, so rows scale with the
    /// font size and the device pixel ratio; right-to-left layouts are mirrored. All rows have the
    /// same height (the view can use uniform item sizes).
    class AccountRowDelegate : public QStyledItemDelegate
    {
        Q_OBJECT

    public:
        /// Where the parts of a row go, in the coordinates of option.rect (mirrored for right-to-left
        /// layouts), with the texts as they are painted (elided, bullets, feedback).
        struct Layout
        {
            QRect avatar;
            QRect title;      ///< issuer (or account name when there is no issuer), first line
            QRect favorite;   ///< the star after the title; empty when not a favourite
            QRect subtitle;   ///< account name, second line
            QRect code;       ///< first line, before the countdown
            QRect secondLine; ///< under the code: next code or copy feedback; empty when neither
            QRect countdown;  ///< the ring (time-based accounts)
            QRect seconds;    ///< "12s" beside the ring
            QRect nextButton; ///< "Next" (counter-based accounts)
            int firstBaseline = 0;
            int secondBaseline = 0;
            QString titleText;
            QString subtitleText;
            QString codeText;
            QString secondLineText;
        };

        explicit AccountRowDelegate(QObject* parent = nullptr);
        ~AccountRowDelegate() override;

        AccountRowDelegate(const AccountRowDelegate&) = delete;
        AccountRowDelegate& operator=(const AccountRowDelegate&) = delete;

        void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
        [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
        bool helpEvent(QHelpEvent* event,
            QAbstractItemView* view,
            const QStyleOptionViewItem& option,
            const QModelIndex& index) override;

        /// Paints row into option.rect (what paint() does with the model's values).
        void paintRow(QPainter* painter, const QStyleOptionViewItem& option, const AccountRow& row) const;
        /// The size of every row for option's font and style.
        [[nodiscard]] QSize rowSizeHint(const QStyleOptionViewItem& option) const;
        [[nodiscard]] Layout layout(const QStyleOptionViewItem& option, const AccountRow& row) const;
        /// The ring and the seconds beside it, the only part of a row that changes every second (null
        /// for counter-based rows). Placed without measuring any text: cheap enough for every tick.
        [[nodiscard]] QRect countdownArea(const QStyleOptionViewItem& option, const AccountRow& row) const;

        /// The part of the view being painted now (the view's paint event), or an empty region for
        /// "all of it". A row asked to paint only inside its countdown area paints just the ring and
        /// the seconds: an idle list's once-a-second repaint measures and shapes no other text.
        void setExposedRegion(const QRegion& region) { m_exposed = region; }

        /// The font codes are painted in: the system's fixed-width font, larger than base.
        static QFont codeFont(const QFont& base);

    signals:
        /// The user clicked a hidden code (click-to-reveal mode).
        void revealRequested(const QModelIndex& index);
        /// The user clicked "Next" on a counter-based account.
        void nextCodeRequested(const QModelIndex& index);

    protected:
        bool editorEvent(QEvent* event,
            QAbstractItemModel* model,
            const QStyleOptionViewItem& option,
            const QModelIndex& index) override;

    private:
        struct Metrics;
        [[nodiscard]] const Metrics& metrics(const QStyleOptionViewItem& option) const;
        /// The baselines, the avatar and the trailing parts (ring and seconds, or the button): everything
        /// placed from the metrics alone, left to right.
        [[nodiscard]] static Layout frame(const Metrics& m, const QRect& r, const AccountRow& row);
        static void mirror(Layout& l, const QRect& r);
        /// frame() in option's rectangle and direction.
        [[nodiscard]] Layout frameLayout(const QStyleOptionViewItem& option, const AccountRow& row) const;

        mutable std::unique_ptr<Metrics> m_metrics; ///< for the last font and style seen
        QRegion m_exposed;
    };
}
