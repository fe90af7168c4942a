#pragma once

#include "PeerApp.h"

#include <QList>
#include <QUuid>

namespace tessera::gui
{
    /// What the phone-swap assistant is doing: the direction, the apps on each side, and the accounts
    /// that came in while it was open. Shared by its pages.
    struct SwapPlan
    {
        enum class Direction
        {
            ToTessera, ///< from the old phone to Tessera
            ToPhone,   ///< from Tessera to the new phone
            Both,      ///< old phone → Tessera → new phone
        };

        Direction direction = Direction::Both;
        PeerApp::Id source = PeerApp::Id::GoogleAuthenticator;
        PeerApp::Id target = PeerApp::Id::GoogleAuthenticator;
        QList<QUuid> received; ///< accounts added or imported while the assistant was open

        [[nodiscard]] bool receives() const { return direction != Direction::ToPhone; }
        [[nodiscard]] bool gives() const { return direction != Direction::ToTessera; }
    };
}
