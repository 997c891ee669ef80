from helpers import facts_of, readable


def test_title_org_person():
    text = "ومن المقرر أن يتواصل المسؤولون، بما في ذلك الرئيس التنفيذي لشركة Avenue Capital مارك لاسري، ورئيس شركة Lazard راي ماكجواير، مع المانحين."
    doc, facts = facts_of(
        text, {"Avenue Capital": "ORG", "مارك لاسري": "PERSON", "Lazard": "ORG", "راي ماكجواير": "PERSON"}
    )
    got = readable(doc, facts)
    assert ("role", "مارك لاسري", "Avenue Capital", "ceo") in got
    assert ("role", "راي ماكجواير", "Lazard", "president") in got
    # the list item "ورئيس شركة Lazard" must not be given to the person before it
    assert ("role", "مارك لاسري", "Lazard", "president") not in got


def test_person_comma_title_org():
    text = 'كما تبرع هوارد لوتنيك، الرئيس التنفيذي لشركة الخدمات المالية "كانتور فيتزجيرالد"، وبول سينجر، رئيس شركة "إليوت مانجمنت"، بمبلغ 5 ملايين دولار.'
    doc, facts = facts_of(
        text,
        {"هوارد لوتنيك": "PERSON", "كانتور فيتزجيرالد": "ORG", "بول سينجر": "PERSON", "إليوت مانجمنت": "ORG"},
    )
    got = readable(doc, facts)
    assert ("role", "هوارد لوتنيك", "كانتور فيتزجيرالد", "ceo") in got
    assert ("role", "بول سينجر", "إليوت مانجمنت", "president") in got
    assert ("role", "بول سينجر", "كانتور فيتزجيرالد", "ceo") not in got


def test_org_then_owner_pronoun():
    text = "وأبرز المتبرعين شركة «كويكن لونز» لمالكها دان غيلبيرت."
    doc, facts = facts_of(text, {"كويكن لونز": "ORG", "دان غيلبيرت": "PERSON"})
    assert ("role", "دان غيلبيرت", "كويكن لونز", "owner") in readable(doc, facts)


def test_subject_of_sentence_holds_later_title():
    text = "وكان لاسري، الذي يدير صندوقا تحوطيا وهو أيضا مالك مشارك لفريق ميلووكي باكس، من أبرز المانحين."
    doc, facts = facts_of(text, {"لاسري": "PERSON", "ميلووكي باكس": "ORG"})
    assert ("role", "لاسري", "ميلووكي باكس", "co-owner") in readable(doc, facts)


def test_cofounder_of_two_organisations():
    text = "كان ثيل، الذي شارك في تأسيس كل من باي بال وبالانتير، من أشد المؤيدين لترامب في عام 2016."
    doc, facts = facts_of(text, {"ثيل": "PERSON", "باي بال": "ORG", "بالانتير": "ORG", "ترامب": "PERSON"})
    got = readable(doc, facts)
    assert ("role", "ثيل", "باي بال", "co-founder") in got
    assert ("role", "ثيل", "بالانتير", "co-founder") in got
    assert ("support", "ثيل", "ترامب", "for") in got


def test_title_without_organisation_is_no_role():
    text = "وقال الرئيس الأمريكي جو بايدن إنه سيفوز."
    doc, facts = facts_of(text, {"جو بايدن": "PERSON"})
    assert not [f for f in facts if f.type == "role"]
