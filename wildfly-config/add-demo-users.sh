#!/usr/bin/env bash
# Adds the demo users, one per role, to WildFly's application realm (the properties files that
# add-user.sh writes). For demonstrations and tests only: every password is "demo".
#
#   add-demo-users.sh JBOSS_HOME
set -euo pipefail
jboss_home=${1:?usage: $0 JBOSS_HOME}

add() {
    "$jboss_home/bin/add-user.sh" -a -s -u "$1" -p demo -g "$2" > /dev/null
}

add claire requester
add marc approver
add bruno buyer
add rachid receiver
add agnes accounts-payable
add sophie supplier
add nadia requester,approver
add admin administrator
echo "Demo users added: claire (requester), marc (approver), bruno (buyer), rachid (receiver), agnes (accounts-payable), sophie (supplier), nadia (requester and approver), admin (administrator)"
