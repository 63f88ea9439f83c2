//! The interface in Arabic, written right to left (UN usage: *الخلاصة
//! الوافية* for compendium, *رمز الوثيقة*, *اجتماع*, *الفريق العامل*).
//! Counted strings have the six forms: zero, one, two, few (3–10), many
//! (11–99), other (100, 101…). Digits are Western (see the module above).

use super::plural::Plural::*;
use super::Strings;

/// Ordinals of the first meetings, in words, as UN Arabic documents name
/// them ("الاجتماع السادس"); later ones by number.
const ORDINALS: [&str; 10] = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

pub const STRINGS: Strings = Strings {
    search_label: "البحث في الخلاصة الوافية",
    // The symbol is isolated left to right (U+2066 … U+2069): its slashes
    // and dots would otherwise be reordered around the parenthesis.
    search_hint:
        "كلمة أو موضوع أو رمز وثيقة (مثلاً \u{2066}WG.4/2015/2\u{2069})، بالفرنسية أو الإنكليزية: الوثائق بالفرنسية",
    type_more: "اكتب حرفين على الأقل للبحث.",
    preparing: "جارٍ إعداد البحث…",
    pause: "، ",
    show_all: "عرض جميع الأقسام",
    hide_all: "إخفاء جميع الأقسام",
    key_topics: "المواضيع الرئيسية",
    papers: &[
        (Zero, "لا وثائق"),
        (One, "وثيقة واحدة"),
        (Two, "وثيقتان"),
        (Few, "{n} وثائق"),
        (Many, "{n} وثيقة"),
        (Other, "{n} وثيقة"),
    ],
    matches: &[
        (Zero, "لا نتائج"),
        (One, "نتيجة واحدة"),
        (Two, "نتيجتان"),
        (Few, "{n} نتائج"),
        (Many, "{n} نتيجة"),
        (Other, "{n} نتيجة"),
    ],
    found: &[
        (Zero, "لم يُعثر على أي وثيقة"),
        (One, "عُثر على وثيقة واحدة"),
        (Two, "عُثر على وثيقتين"),
        (Few, "عُثر على {n} وثائق"),
        (Many, "عُثر على {n} وثيقة"),
        (Other, "عُثر على {n} وثيقة"),
    ],
    more_paragraphs: &[
        (Zero, "لا فقرات أخرى"),
        (One, "عرض الفقرة الأخرى"),
        (Two, "عرض الفقرتين الأخريين"),
        (Few, "عرض {n} فقرات أخرى"),
        (Many, "عرض {n} فقرة أخرى"),
        (Other, "عرض {n} فقرة أخرى"),
    ],
    fewer_paragraphs: "إخفاء الفقرات الأخرى",
    more_papers: &[
        (Zero, "لا وثائق أخرى"),
        (One, "عرض وثيقة أخرى"),
        (Two, "عرض وثيقتين أخريين"),
        (Few, "عرض {n} وثائق أخرى"),
        (Many, "عرض {n} وثيقة أخرى"),
        (Other, "عرض {n} وثيقة أخرى"),
    ],
    no_results: "لا توجد نتائج",
    no_results_for: "لا توجد نتائج لـ «{q}».",
    no_results_tips: "تحقق من الإملاء، أو جرّب عدداً أقل من الكلمات أو كلمات أعم.",
    clear_search: "مسح البحث",
    year_filter: "السنة",
    any_year: "جميع السنوات",
    meeting_filter: "الاجتماع",
    any_meeting: "جميع الاجتماعات",
    meeting: |n| match ORDINALS.get(usize::from(n).wrapping_sub(1)) {
        Some(ordinal) => format!("الاجتماع {ordinal}"),
        None => format!("الاجتماع {n}"),
    },
    year: "{n}",
    opens_new_window: "(يُفتح في علامة تبويب جديدة)",
    copy_link: "نسخ الرابط",
    link_copied: "تم نسخ الرابط",
    truncated: "الاستعلام طويل جداً: لم يُؤخذ في الاعتبار إلا أوله.",
    loading: "جارٍ تحميل الخلاصة الوافية…",
    load_failed: "تعذّر تحميل الخلاصة الوافية.",
    crashed: "حدث خطأ في الخلاصة الوافية. يُرجى إعادة تحميل الصفحة.",
};
