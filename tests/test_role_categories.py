"""What kind of source a quoted person is, from the role the article gives them: pure string
rules, checked on roles written for these tests."""

import pytest

from quotex.role_categories import (
    BUSINESS,
    CATEGORIES,
    EXPERTS,
    JUSTICE,
    MEDIA,
    NO_ROLE,
    ORGANISATIONS,
    OTHER,
    POLITICS,
    PUBLIC,
    RELIGION,
    SPOKESPEOPLE,
    role_category,
)


@pytest.mark.parametrize(
    "role, category",
    [
        # the head is the last role noun before a preposition, a comma or a clause
        ("Springfield deputy mayor", POLITICS),
        ("Ohio State Sen.", POLITICS),
        ("(D-Ore.)", POLITICS),
        ("R-N.M.", POLITICS),
        ("the county's chief of staff", POLITICS),
        ("Secretary General of the alliance", POLITICS),
        ("Interior Minister", POLITICS),
        ("Councilmember", POLITICS),
        ("Chicago Alderwoman", POLITICS),
        # hyphenated heads: a parent with a count of children, an editor in chief
        ("Mother-of-two", PUBLIC),
        ("grandmother of seven", PUBLIC),
        ("editor-in-chief of the Daily Courier", MEDIA),
        ("Health Minister", POLITICS),  # a ministry's field is no expert's
        ("a city police officer", JUSTICE),
        ("the Republican attorney general of Utah", JUSTICE),
        ("a defence lawyer for the family, who asked not to be named", JUSTICE),
        ("Navy Lt.", JUSTICE),
        ("a marine biologist at Harbour University", EXPERTS),
        ("political science professor at a state college", EXPERTS),
        ("senior fellow at a policy institute", EXPERTS),
        ("Acme Bank CEO", BUSINESS),
        ("the bakery's owner", BUSINESS),
        ("a tenants' rights activist", ORGANISATIONS),
        ("morning show host", MEDIA),
        ("the team's head coach", MEDIA),
        ("the parish priest", RELIGION),
        ("Rev.", RELIGION),
        ("a spokeswoman for the ministry", SPOKESPEOPLE),
        ("Downing Street press secretary", SPOKESPEOPLE),
        ("the victim's mother", PUBLIC),
        ("a local resident who saw the fire", PUBLIC),
        ("witnesses", PUBLIC),
        ("two officers", JUSTICE),
        # heads many kinds of people hold: the qualifier, then the body they serve decides
        ("campaign manager", POLITICS),
        ("a store manager", BUSINESS),
        ("financial adviser in Riverton", BUSINESS),
        ("senior adviser to the governor", POLITICS),
        ("director of the Riverton Institute for Water Studies", EXPERTS),
        ("executive director of the Riverton Tenants Association", ORGANISATIONS),
        ("director of the regional police force", JUSTICE),
        ("president of the teachers' union", ORGANISATIONS),
        ("president of the Harbour Yacht Club", MEDIA),
        ("French President", POLITICS),
        ("former president", POLITICS),
        ("chief executive of a shipping company", BUSINESS),
        ("general secretary of the dockers' union", ORGANISATIONS),
        # nothing that names a role
        ("52", OTHER),
        ("the deal", OTHER),
        (None, NO_ROLE),
        ("  ", NO_ROLE),
    ],
)
def test_a_role_is_the_category_of_its_head(role, category):
    assert role_category(role) == category


def test_every_answer_is_a_listed_category():
    roles = ["Springfield deputy mayor", "the deal", None, "a store manager", "Navy Lt."]
    assert {role_category(role) for role in roles} <= set(CATEGORIES)
