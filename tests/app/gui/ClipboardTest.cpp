#include "services/Clipboard.h"
#include "ManualTimeSource.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMetaObject>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using tessera::gui::Clipboard;
using tessera::gui::test::ManualTimeSource;

namespace
{
    QString clipboardText()
    {
        return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
    }

    class ClipboardTest : public ::testing::Test
    {
    protected:
        void SetUp() override { QGuiApplication::clipboard()->clear(QClipboard::Clipboard); }
        void TearDown() override { QGuiApplication::clipboard()->clear(QClipboard::Clipboard); }

        ManualTimeSource time;
    };

    TEST_F(ClipboardTest, CopiesTheCodeTaggedAsASecret)
    {
        Clipboard clipboard(time);
        QSignalSpy copied(&clipboard, &Clipboard::copied);

        clipboard.copySecret(QStringLiteral("123456"));

        const QMimeData* mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
        ASSERT_NE(mime, nullptr);
        EXPECT_EQ(mime->text(), QStringLiteral("123456"));
        EXPECT_TRUE(mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        EXPECT_EQ(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        EXPECT_EQ(copied.count(), 1);
        EXPECT_TRUE(clipboard.holdsCopiedText());
    }

    TEST_F(ClipboardTest, ClearsAfterThirtySecondsByDefault)
    {
        Clipboard clipboard(time);
        QSignalSpy countdown(&clipboard, &Clipboard::countdownChanged);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        QSignalSpy released(&clipboard, &Clipboard::released);
        EXPECT_EQ(clipboard.clearTimeout(), 30s);

        clipboard.copySecret(QStringLiteral("123456"));
        ASSERT_EQ(countdown.count(), 1);
        EXPECT_EQ(countdown.at(0).at(0).toInt(), 30);
        EXPECT_EQ(clipboard.secondsLeft(), 30);

        time.advance(29s);
        EXPECT_EQ(clipboardText(), QStringLiteral("123456"));
        EXPECT_EQ(clipboard.secondsLeft(), 1);
        // One update a second: 30, 29, ..., 1.
        ASSERT_EQ(countdown.count(), 30);
        EXPECT_EQ(countdown.last().at(0).toInt(), 1);
        EXPECT_EQ(cleared.count(), 0);

        time.advance(1s);
        EXPECT_TRUE(clipboardText().isEmpty());
        EXPECT_EQ(cleared.count(), 1);
        EXPECT_EQ(released.count(), 1);
        EXPECT_FALSE(clipboard.holdsCopiedText());
        EXPECT_EQ(clipboard.secondsLeft(), 0);
        EXPECT_EQ(time.activeTimers(), 0); // nothing ticks while idle
    }

    TEST_F(ClipboardTest, HonoursAConfiguredTimeout)
    {
        Clipboard clipboard(time);
        clipboard.setClearTimeout(10s);
        clipboard.copySecret(QStringLiteral("654321"));

        time.advance(9999ms);
        EXPECT_EQ(clipboardText(), QStringLiteral("654321"));
        time.advance(1ms);
        EXPECT_TRUE(clipboardText().isEmpty());
    }

    TEST_F(ClipboardTest, LeavesWhatTheUserCopiedSince)
    {
        Clipboard clipboard(time);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        QSignalSpy released(&clipboard, &Clipboard::released);
        clipboard.copySecret(QStringLiteral("123456"));

        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own notes"), QClipboard::Clipboard);
        EXPECT_EQ(released.count(), 1);
        EXPECT_FALSE(clipboard.holdsCopiedText());

        time.advance(60s);
        clipboard.clearCopiedText(); // a lock afterwards must not touch it either
        EXPECT_EQ(clipboardText(), QStringLiteral("the user's own notes"));
        EXPECT_EQ(cleared.count(), 0);
        EXPECT_EQ(released.count(), 1);
    }

    TEST_F(ClipboardTest, ClearsAtOnceOnLock)
    {
        Clipboard clipboard(time);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        QSignalSpy countdown(&clipboard, &Clipboard::countdownChanged);
        clipboard.copySecret(QStringLiteral("123456"));
        time.advance(3s);

        clipboard.clearCopiedText();
        EXPECT_TRUE(clipboardText().isEmpty());
        EXPECT_EQ(cleared.count(), 1);

        const auto updates = countdown.count();
        time.advance(60s);
        EXPECT_EQ(countdown.count(), updates);
        EXPECT_EQ(cleared.count(), 1);
    }

    TEST_F(ClipboardTest, ClearsWhenTheApplicationQuits)
    {
        Clipboard clipboard(time);
        clipboard.setClearTimeout(0s);
        clipboard.copySecret(QStringLiteral("123456"));

        // What QCoreApplication::exec() emits on its way out.
        ASSERT_TRUE(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
        EXPECT_TRUE(clipboardText().isEmpty());
    }

    TEST_F(ClipboardTest, ClearsWhenDestroyed)
    {
        {
            Clipboard clipboard(time);
            clipboard.copySecret(QStringLiteral("123456"));
        }
        EXPECT_TRUE(clipboardText().isEmpty());
    }

    TEST_F(ClipboardTest, ZeroTimeoutKeepsTheCodeUntilLock)
    {
        Clipboard clipboard(time);
        QSignalSpy countdown(&clipboard, &Clipboard::countdownChanged);
        clipboard.setClearTimeout(0s);
        clipboard.copySecret(QStringLiteral("123456"));

        time.advance(1h);
        EXPECT_EQ(clipboardText(), QStringLiteral("123456"));
        EXPECT_EQ(countdown.count(), 0);
        EXPECT_TRUE(clipboard.holdsCopiedText());

        clipboard.clearCopiedText();
        EXPECT_TRUE(clipboardText().isEmpty());
    }

    TEST_F(ClipboardTest, ANewCopyRestartsTheCountdown)
    {
        Clipboard clipboard(time);
        QSignalSpy released(&clipboard, &Clipboard::released);
        clipboard.copySecret(QStringLiteral("111111"));
        time.advance(20s);
        clipboard.copySecret(QStringLiteral("222222"));
        EXPECT_EQ(released.count(), 0);

        time.advance(20s);
        EXPECT_EQ(clipboardText(), QStringLiteral("222222"));
        time.advance(10s);
        EXPECT_TRUE(clipboardText().isEmpty());
    }

    TEST_F(ClipboardTest, IgnoresEmptyText)
    {
        Clipboard clipboard(time);
        QGuiApplication::clipboard()->setText(QStringLiteral("keep"), QClipboard::Clipboard);
        clipboard.copySecret(QString());
        EXPECT_EQ(clipboardText(), QStringLiteral("keep"));
        EXPECT_FALSE(clipboard.holdsCopiedText());
    }
}
