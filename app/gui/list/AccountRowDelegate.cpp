#include "AccountRowDelegate.h"

#include "AvatarPainter.h"
#include "ColorContrast.h"
#include "CountdownPainter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        // Relative sizes: the code is the largest text, the second line a little smaller.
        constexpr double codeScale = 1.5;
        constexpr double smallScale = 0.9;
        // How far secondary text moves from the text colour towards the background.
        constexpr double dimming = 0.32;
        // A code whose length is unknown (never generated) is drawn as six hidden digits.
        const QString hiddenPlaceholder = QStringLiteral("000 000");
        const QChar bullet(0x2022);
        const QChar star(0x2605);

        QFont scaled(QFont font, double factor)
        {
            if (font.pointSizeF() > 0) {
                font.setPointSizeF(font.pointSizeF() * factor);
            } else if (font.pixelSize() > 0) {
                font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
            }
            return font;
        }

        const QStyle* styleOf(const QStyleOptionViewItem& option)
        {
            return option.widget != nullptr ? option.widget->style() : QApplication::style();
        }

        int styleMetric(const QStyleOptionViewItem& option, QStyle::PixelMetric metric, int fallback)
        {
            const int value = styleOf(option)->pixelMetric(metric, &option, option.widget);
            return value >= 0 ? value : fallback;
        }

        QString secondsText(int seconds)
        {
            return AccountRowDelegate::tr("%1s", "seconds until the code changes").arg(seconds);
        }

        QString nextLabel()
        {
            return AccountRowDelegate::tr("next", "label before the next code");
        }

        QString nextButtonText()
        {
            return AccountRowDelegate::tr("Next", "button that generates the next code of a counter-based account");
        }

        QString feedbackText(int secondsLeft)
        {
            if (secondsLeft > 0) {
                return AccountRowDelegate::tr("Copied · clears in %1 s").arg(secondsLeft);
            }
            return AccountRowDelegate::tr("Copied");
        }

        QString hidden(const QString& code)
        {
            QString text = code.isEmpty() ? hiddenPlaceholder : code;
            for (QChar& c : text) {
                if (!c.isSpace()) {
                    c = bullet;
                }
            }
            return text;
        }

        QPalette::ColorGroup colorGroup(const QStyleOptionViewItem& option)
        {
            if (!option.state.testFlag(QStyle::State_Enabled)) {
                return QPalette::Disabled;
            }
            return option.state.testFlag(QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
        }

        /// Draws text in box on the given baseline, at the box's left or right edge.
        void drawOnBaseline(QPainter* painter,
            const QFont& font,
            const QColor& color,
            const QRect& box,
            int baseline,
            const QString& text,
            Qt::Alignment alignment)
        {
            if (text.isEmpty() || box.width() <= 0) {
                return;
            }
            painter->setFont(font);
            painter->setPen(color);
            // Each text in its own direction: codes and Latin names stay left to right in a
            // right-to-left interface (the boxes themselves are mirrored), Arabic names the other way.
            painter->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
            const int width = QFontMetrics(font).horizontalAdvance(text);
            const int x = alignment.testFlag(Qt::AlignRight) ? box.x() + box.width() - width : box.x();
            painter->drawText(QPoint(x, baseline), text);
        }
    }

    struct AccountRowDelegate::Metrics
    {
        // What the metrics were computed for.
        QFont base;
        const QStyle* style = nullptr;

        QFont titleFont;
        QFont subtitleFont;
        QFont codeFont;
        QFont smallFont;
        QFont smallCodeFont;
        int horizontalMargin = 0;
        int verticalMargin = 0;
        int spacing = 0;
        int firstAscent = 0;
        int firstDescent = 0;
        int secondAscent = 0;
        int secondDescent = 0;
        int avatarSize = 0;
        int ringSize = 0;
        int codeCapHeight = 0;
        int titleAscent = 0;
        int subtitleDescent = 0;
        int secondsWidth = 0;
        QSize buttonSize;
        int trailingWidth = 0;
        int minimumTextWidth = 0;
        int widestCode = 0;

        [[nodiscard]] int firstHeight() const { return firstAscent + firstDescent; }
        [[nodiscard]] int secondHeight() const { return secondAscent + secondDescent; }
        [[nodiscard]] int contentHeight() const
        {
            return std::max({firstHeight() + secondHeight(), avatarSize, buttonSize.height()});
        }
        [[nodiscard]] int rowHeight() const { return contentHeight() + 2 * verticalMargin; }
    };

    AccountRowDelegate::AccountRowDelegate(QObject* parent)
        : QStyledItemDelegate(parent)
    { }

    AccountRowDelegate::~AccountRowDelegate() = default;

    QFont AccountRowDelegate::codeFont(const QFont& base)
    {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setStyleHint(QFont::Monospace);
        if (base.pointSizeF() > 0) {
            font.setPointSizeF(base.pointSizeF() * codeScale);
        } else if (base.pixelSize() > 0) {
            font.setPixelSize(std::max(1, qRound(base.pixelSize() * codeScale)));
        }
        return font;
    }

    const AccountRowDelegate::Metrics& AccountRowDelegate::metrics(const QStyleOptionViewItem& option) const
    {
        const QStyle* style = styleOf(option);
        if (m_metrics && m_metrics->base == option.font && m_metrics->style == style) {
            return *m_metrics;
        }
        auto m = std::make_unique<Metrics>();
        m->base = option.font;
        m->style = style;
        m->titleFont = option.font;
        m->subtitleFont = scaled(option.font, smallScale);
        m->codeFont = codeFont(option.font);
        m->smallFont = m->subtitleFont;
        m->smallCodeFont = scaled(m->codeFont, smallScale / codeScale);

        const QFontMetrics title(m->titleFont);
        const QFontMetrics subtitle(m->subtitleFont);
        const QFontMetrics code(m->codeFont);
        const QFontMetrics small(m->smallFont);
        const QFontMetrics smallCode(m->smallCodeFont);

        m->spacing = styleMetric(option, QStyle::PM_LayoutHorizontalSpacing, title.averageCharWidth());
        m->horizontalMargin = styleMetric(option, QStyle::PM_LayoutLeftMargin, 2 * m->spacing);
        // A little more air than between widgets: the list is read, not filled in.
        m->verticalMargin = styleMetric(option, QStyle::PM_LayoutVerticalSpacing, title.height() / 3) * 3 / 2;
        m->firstAscent = std::max(title.ascent(), code.ascent());
        m->firstDescent = std::max(title.descent(), code.descent());
        m->secondAscent = std::max({subtitle.ascent(), small.ascent(), smallCode.ascent()});
        m->secondDescent = std::max({subtitle.descent(), small.descent(), smallCode.descent()});
        m->avatarSize = title.height() + subtitle.height();
        m->ringSize = code.capHeight() * 4 / 3;
        m->codeCapHeight = code.capHeight();
        m->titleAscent = title.ascent();
        m->subtitleDescent = subtitle.descent();
        m->secondsWidth = small.horizontalAdvance(secondsText(88));

        QStyleOptionButton button;
        button.text = nextButtonText();
        button.fontMetrics = QFontMetrics(option.font);
        button.direction = option.direction;
        m->buttonSize = style->sizeFromContents(
            QStyle::CT_PushButton, &button, button.fontMetrics.size(Qt::TextShowMnemonic, button.text), option.widget);
        m->trailingWidth = std::max(m->ringSize + m->spacing + m->secondsWidth, m->buttonSize.width());
        m->minimumTextWidth = title.averageCharWidth() * 12;
        m->widestCode = code.horizontalAdvance(QStringLiteral("0000 0000"));
        m_metrics = std::move(m);
        return *m_metrics;
    }

    QSize AccountRowDelegate::rowSizeHint(const QStyleOptionViewItem& option) const
    {
        const Metrics& m = metrics(option);
        const int width = 2 * m.horizontalMargin + m.avatarSize + 2 * m.spacing + m.minimumTextWidth + 2 * m.spacing
            + m.widestCode + 2 * m.spacing + m.trailingWidth;
        return {width, m.rowHeight()};
    }

    QSize AccountRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
    {
        Q_UNUSED(index)
        return rowSizeHint(option);
    }

    AccountRowDelegate::Layout AccountRowDelegate::frame(const Metrics& m, const QRect& r, const AccountRow& row)
    {
        Layout l;
        const int left = r.x() + m.horizontalMargin;
        const int right = r.x() + r.width() - m.horizontalMargin; // exclusive
        const int firstTop = r.y() + (r.height() - (m.firstHeight() + m.secondHeight())) / 2;
        const int secondTop = firstTop + m.firstHeight();
        // The middle of the code's digits, where the ring and the button line up.
        const int firstCenter = firstTop + m.firstAscent - m.codeCapHeight / 2;
        l.firstBaseline = firstTop + m.firstAscent;
        l.secondBaseline = secondTop + m.secondAscent;

        // Centred on the two lines of text beside it (the row's centre also counts the code's font).
        const int textTop = l.firstBaseline - m.titleAscent;
        const int textBottom = l.secondBaseline + m.subtitleDescent;
        const int avatarTop = std::clamp(
            (textTop + textBottom - m.avatarSize) / 2, r.y(), std::max(r.y(), r.y() + r.height() - m.avatarSize));
        l.avatar = QRect(left, avatarTop, m.avatarSize, m.avatarSize);

        if (row.hotp) {
            const int top = std::clamp(firstCenter - m.buttonSize.height() / 2, r.y(),
                std::max(r.y(), r.y() + r.height() - m.buttonSize.height()));
            l.nextButton = QRect(QPoint(right - m.buttonSize.width(), top), m.buttonSize);
        } else if (row.period > 0) {
            l.countdown = QRect(right - m.trailingWidth, firstCenter - m.ringSize / 2, m.ringSize, m.ringSize);
            l.seconds = QRect(l.countdown.x() + m.ringSize + m.spacing, firstTop, m.secondsWidth, m.firstHeight());
        }
        return l;
    }

    void AccountRowDelegate::mirror(Layout& l, const QRect& r)
    {
        for (QRect* rect : {&l.avatar, &l.title, &l.favorite, &l.subtitle, &l.code, &l.secondLine, &l.countdown,
                 &l.seconds, &l.nextButton}) {
            if (!rect->isNull()) {
                *rect = QStyle::visualRect(Qt::RightToLeft, r, *rect);
            }
        }
    }

    AccountRowDelegate::Layout AccountRowDelegate::frameLayout(
        const QStyleOptionViewItem& option, const AccountRow& row) const
    {
        Layout l = frame(metrics(option), option.rect, row);
        if (option.direction == Qt::RightToLeft) {
            mirror(l, option.rect);
        }
        return l;
    }

    QRect AccountRowDelegate::countdownArea(const QStyleOptionViewItem& option, const AccountRow& row) const
    {
        const Layout l = frameLayout(option, row);
        return l.countdown.united(l.seconds);
    }

    AccountRowDelegate::Layout AccountRowDelegate::layout(
        const QStyleOptionViewItem& option, const AccountRow& row) const
    {
        const Metrics& m = metrics(option);
        const QRect r = option.rect;
        // Left to right first; mirrored at the end for right-to-left layouts.
        Layout l = frame(m, r, row);
        const int firstTop = l.firstBaseline - m.firstAscent;
        const int secondTop = l.secondBaseline - m.secondAscent;
        const int trailingLeft = r.x() + r.width() - m.horizontalMargin - m.trailingWidth;

        l.codeText = row.revealed ? row.code : hidden(row.code);
        const int codeRight = trailingLeft - 2 * m.spacing;
        const int codeWidth = QFontMetrics(m.codeFont).horizontalAdvance(l.codeText);
        l.code = QRect(codeRight - codeWidth, firstTop, codeWidth, m.firstHeight());

        if (row.copyFeedback >= 0) {
            l.secondLineText = feedbackText(row.copyFeedback);
            const int width = QFontMetrics(m.smallFont).horizontalAdvance(l.secondLineText);
            l.secondLine = QRect(codeRight - width, secondTop, width, m.secondHeight());
        } else if (!row.nextCode.isEmpty() && row.revealed && !row.hotp) {
            const QString label = nextLabel();
            l.secondLineText = label + QLatin1Char(' ') + row.nextCode;
            // The gap after the label is as wide as the gap between the digit groups.
            const QFontMetrics digits(m.smallCodeFont);
            const int width = QFontMetrics(m.smallFont).horizontalAdvance(label)
                + digits.horizontalAdvance(QLatin1Char(' ')) + digits.horizontalAdvance(row.nextCode);
            l.secondLine = QRect(codeRight - width, secondTop, width, m.secondHeight());
        }

        const int textLeft = l.avatar.x() + l.avatar.width() + 2 * m.spacing;
        const QFontMetrics titleMetrics(m.titleFont);
        int titleRight = l.code.x() - 2 * m.spacing;
        if (row.favorite) {
            const int starWidth = QFontMetrics(m.smallFont).horizontalAdvance(star);
            const int available = std::max(0, titleRight - textLeft - starWidth - m.spacing);
            const QString elided = titleMetrics.elidedText(row.title(), Qt::ElideMiddle, available);
            const int starLeft = textLeft + titleMetrics.horizontalAdvance(elided) + m.spacing;
            l.favorite = QRect(starLeft, firstTop, starWidth, m.firstHeight());
            titleRight = starLeft - m.spacing;
        }
        l.title = QRect(textLeft, firstTop, std::max(0, titleRight - textLeft), m.firstHeight());
        l.titleText = titleMetrics.elidedText(row.title(), Qt::ElideMiddle, l.title.width());

        // The account name may run under the code when nothing else is on the second line.
        const int subtitleRight = l.secondLine.isEmpty() ? codeRight : l.secondLine.x() - 2 * m.spacing;
        l.subtitle = QRect(textLeft, secondTop, std::max(0, subtitleRight - textLeft), m.secondHeight());
        l.subtitleText = QFontMetrics(m.subtitleFont).elidedText(row.subtitle(), Qt::ElideMiddle, l.subtitle.width());

        if (option.direction == Qt::RightToLeft) {
            mirror(l, r);
        }
        return l;
    }

    void AccountRowDelegate::paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
    {
        paintRow(painter, option, AccountRow::fromIndex(index));
    }

    void AccountRowDelegate::paintRow(
        QPainter* painter, const QStyleOptionViewItem& option, const AccountRow& row) const
    {
        const Metrics& m = metrics(option);
        // A countdown tick: only the ring and the seconds are painted, nothing else is laid out.
        const Layout framed = m_exposed.isEmpty() ? Layout() : frameLayout(option, row);
        const QRect countdown = framed.countdown.united(framed.seconds);
        const bool countdownOnly
            = !countdown.isNull() && countdown.contains(m_exposed.intersected(option.rect).boundingRect());
        const Layout l = countdownOnly ? framed : layout(option, row);
        const QStyle* style = styleOf(option);
        const QPalette& palette = option.palette;
        const QPalette::ColorGroup group = colorGroup(option);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const bool rightToLeft = option.direction == Qt::RightToLeft;
        const Qt::Alignment leading = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        const Qt::Alignment trailing = rightToLeft ? Qt::AlignLeft : Qt::AlignRight;

        const QColor background = palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = contrast::mix(text, background, dimming);
        QPalette groupPalette(palette);
        groupPalette.setCurrentColorGroup(group);
        const QColor accent = selected ? text : CountdownPainter::accentColor(groupPalette);
        const bool darkPalette
            = palette.color(group, QPalette::Text).lightnessF() > palette.color(group, QPalette::Base).lightnessF();

        painter->save();
        painter->setClipRect(option.rect);

        QStyleOptionViewItem panel(option);
        panel.text.clear();
        panel.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, option.widget);

        if (!countdownOnly) {
            if (!row.icon.isNull()) {
                row.icon.paint(painter, l.avatar, Qt::AlignCenter,
                    option.state.testFlag(QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled);
            } else {
                AvatarPainter::paint(painter, l.avatar, row.title(), darkPalette, option.font);
            }

            drawOnBaseline(painter, m.titleFont, text, l.title, l.firstBaseline, l.titleText, leading);
            drawOnBaseline(painter, m.smallFont, accent, l.favorite, l.firstBaseline, QString(star), leading);
            drawOnBaseline(painter, m.subtitleFont, dim, l.subtitle, l.secondBaseline, l.subtitleText, leading);
            drawOnBaseline(
                painter, m.codeFont, row.revealed ? text : dim, l.code, l.firstBaseline, l.codeText, trailing);

            if (row.copyFeedback >= 0) {
                drawOnBaseline(
                    painter, m.smallFont, accent, l.secondLine, l.secondBaseline, l.secondLineText, trailing);
            } else if (!l.secondLine.isEmpty()) {
                // "next" in the text font, the digits in the code font, together at the code's edge.
                const QFontMetrics small(m.smallFont);
                const QString label = nextLabel();
                const int labelWidth = small.horizontalAdvance(label);
                const int gap = QFontMetrics(m.smallCodeFont).horizontalAdvance(QLatin1Char(' '));
                QRect labelBox = l.secondLine;
                QRect digitsBox = l.secondLine;
                if (rightToLeft) {
                    labelBox.setLeft(labelBox.x() + labelBox.width() - labelWidth);
                    digitsBox.setRight(labelBox.left() - 1 - gap);
                } else {
                    labelBox.setWidth(labelWidth);
                    digitsBox.setLeft(labelBox.x() + labelWidth + gap);
                }
                drawOnBaseline(painter, m.smallFont, dim, labelBox, l.secondBaseline, label, leading);
                drawOnBaseline(painter, m.smallCodeFont, dim, digitsBox, l.secondBaseline, row.nextCode, leading);
            }
        }

        if (!l.countdown.isNull()) {
            CountdownPainter::paint(painter, l.countdown, row.secondsLeft, row.period, groupPalette, selected);
            drawOnBaseline(
                painter, m.smallFont, dim, l.seconds, l.firstBaseline, secondsText(row.secondsLeft), leading);
        }

        if (!l.nextButton.isNull()) {
            QStyleOptionButton button;
            button.rect = l.nextButton;
            button.text = nextButtonText();
            button.palette = palette;
            button.direction = option.direction;
            button.fontMetrics = option.fontMetrics;
            button.state = (option.state & QStyle::State_Enabled) | QStyle::State_Raised;
            painter->setFont(option.font);
            painter->setLayoutDirection(option.direction);
            style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
        }

        if (option.state.testFlag(QStyle::State_HasFocus)) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.rect = option.rect;
            focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
            focus.backgroundColor = background;
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
        }
        painter->restore();
    }

    bool AccountRowDelegate::editorEvent(
        QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease
            || type == QEvent::MouseButtonDblClick) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton) {
                const AccountRow row = AccountRow::fromIndex(index);
                const Layout l = layout(option, row);
                const QPoint position = mouse->position().toPoint();
                const bool onButton = row.hotp && l.nextButton.contains(position);
                const bool onHiddenCode = !row.revealed && !row.hotp && l.code.contains(position);
                if (onButton || onHiddenCode) {
                    if (type == QEvent::MouseButtonRelease) {
                        if (onButton) {
                            emit nextCodeRequested(index);
                        } else {
                            emit revealRequested(index);
                        }
                    }
                    // A double click here is two button presses, not the row's copy action.
                    return type != QEvent::MouseButtonPress;
                }
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

    bool AccountRowDelegate::helpEvent(
        QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        if (event == nullptr || view == nullptr || event->type() != QEvent::ToolTip) {
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        }
        const AccountRow row = AccountRow::fromIndex(index);
        const Layout l = layout(option, row);
        const QPoint position = event->pos();
        QString tip;
        if (!l.nextButton.isNull() && l.nextButton.contains(position)) {
            tip = tr("Generate the next code");
        } else if (!row.revealed && l.code.contains(position)) {
            tip = row.hotp ? tr("Press Next to generate a code") : tr("Click to show the code");
        } else if (!l.countdown.isNull() && (l.countdown.contains(position) || l.seconds.contains(position))) {
            tip = tr("The code changes in %n second(s)", nullptr, row.secondsLeft);
        } else if (l.titleText != row.title() || l.subtitleText != row.subtitle()) {
            // Names were shortened to fit: show them whole.
            tip = row.subtitle().isEmpty() ? row.title() : row.title() + QLatin1Char('\n') + row.subtitle();
        }
        if (tip.isEmpty()) {
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        }
        QToolTip::showText(event->globalPos(), tip, view, option.rect);
        return true;
    }
}
