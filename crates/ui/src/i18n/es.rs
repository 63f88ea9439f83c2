//! The interface in Spanish (UN usage: *compendio*, *signatura*,
//! *reunión*, *Grupo de Trabajo*).

use super::plural::Plural::*;
use super::Strings;

pub const STRINGS: Strings = Strings {
    search_label: "Buscar en el compendio",
    search_hint: "Una palabra, un tema o una signatura (por ejemplo, WG.4/2015/2), en francés o en inglés: los documentos están en francés",
    type_more: "Escriba al menos dos caracteres para buscar.",
    preparing: "Preparando la búsqueda…",
    pause: ", ",
    show_all: "Mostrar todas las secciones",
    hide_all: "Ocultar todas las secciones",
    key_topics: "Temas principales",
    papers: &[(One, "{n} documento"), (Other, "{n} documentos"), (Many, "{n} de documentos")],
    matches: &[(One, "{n} resultado"), (Other, "{n} resultados"), (Many, "{n} de resultados")],
    found: &[
        (One, "{n} documento encontrado"),
        (Other, "{n} documentos encontrados"),
        (Many, "{n} de documentos encontrados"),
    ],
    more_paragraphs: &[
        (One, "Mostrar el otro párrafo"),
        (Other, "Mostrar los otros {n} párrafos"),
    ],
    fewer_paragraphs: "Ocultar los demás párrafos",
    more_papers: &[
        (One, "Mostrar un documento más"),
        (Other, "Mostrar {n} documentos más"),
    ],
    no_results: "No hay resultados",
    no_results_for: "No hay resultados para «{q}».",
    no_results_tips: "Compruebe la ortografía o pruebe con menos palabras o con palabras más generales.",
    clear_search: "Borrar la búsqueda",
    year_filter: "Año",
    any_year: "Todos los años",
    meeting_filter: "Reunión",
    any_meeting: "Todas las reuniones",
    meeting: |n| format!("{n}ª reunión"),
    year: "{n}",
    opens_new_window: "(se abre en una pestaña nueva)",
    copy_link: "Copiar el enlace",
    link_copied: "Enlace copiado",
    truncated: "Consulta demasiado larga: solo se ha tenido en cuenta el principio.",
    loading: "Cargando el compendio…",
    load_failed: "No se ha podido cargar el compendio.",
    crashed: "Se ha producido un error en el compendio. Vuelva a cargar la página.",
};
