#include "VaultFixture.h"

#include "Base32.h"
#include "Credential.h"
#include "PasswordKdf.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QStyle>
#include <QTest>

namespace tessera::gui::test
{
    const QString VaultFixture::Password = QStringLiteral("correct horse battery staple");

    void VaultFixture::SetUp()
    {
        ASSERT_TRUE(directory.isValid());
        vault = std::make_unique<Vault>(directory.filePath(QStringLiteral("accounts.tessera")));
        auto created = vault->create(Credential::password(Password), PasswordKdf::minimum());
        ASSERT_TRUE(created.ok()) << created.error().message().toStdString();
        recoveryKey.emplace(std::move(created).value());
        clipboard = std::make_unique<Clipboard>(time);
    }

    void VaultFixture::TearDown()
    {
        QApplication::clipboard()->clear();
        clipboard.reset();
        if (vault != nullptr) {
            vault->lock();
        }
    }

    QUuid VaultFixture::addAccount(const QString& issuer, const QString& accountName, const QString& secretBase32)
    {
        Account account(OtpParameters::create(OtpType::Totp, Base32::decode(secretBase32).value()).value());
        account.issuer = issuer;
        account.accountName = accountName;
        auto id = vault->add(account);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : QUuid();
    }

    Account VaultFixture::account(const QUuid& id) const
    {
        auto found = vault->account(id);
        EXPECT_TRUE(found.ok()) << (found.ok() ? std::string() : found.error().message().toStdString());
        return std::move(found).value();
    }

    void VaultFixture::typeInto(QWidget* widget, const QString& text)
    {
        ASSERT_NE(widget, nullptr);
        widget->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(widget, text);
    }

    void VaultFixture::pasteInto(QWidget* widget, const QString& text)
    {
        ASSERT_NE(widget, nullptr);
        QApplication::clipboard()->setText(text);
        widget->setFocus(Qt::TabFocusReason);
        QTest::keySequence(widget, QKeySequence::Paste);
    }

    void VaultFixture::replaceText(QWidget* widget, const QString& text)
    {
        ASSERT_NE(widget, nullptr);
        widget->setFocus(Qt::TabFocusReason);
        QTest::keySequence(widget, QKeySequence::SelectAll);
        QTest::keyClick(widget, Qt::Key_Delete);
        QTest::keyClicks(widget, text);
    }

    void VaultFixture::click(QWidget* widget)
    {
        ASSERT_NE(widget, nullptr);
        ASSERT_TRUE(widget->isVisible()) << widget->objectName().toStdString() << " is not visible";
        ASSERT_TRUE(widget->isEnabled()) << widget->objectName().toStdString() << " is disabled";
        QPoint at = widget->rect().center();
        if (qobject_cast<QCheckBox*>(widget) != nullptr) {
            // On the box itself: a check box in a layout may be wider than its box and label.
            at.setX(widget->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, widget) / 2 + 1);
        }
        QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, at);
    }
}
