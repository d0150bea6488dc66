package org.openprocure.demoshop;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shop's page texts in French and English, chosen from the browser's Accept-Language, French when unsure. */
final class Messages {

    private static final Map<String, String> FRENCH = Map.ofEntries(
            Map.entry("title", "Boutique de démonstration"),
            Map.entry("index", "Catalogue punch-out de démonstration d'OpenProcure. Le système acheteur ouvre une session par "
                    + "une requête cXML PunchOutSetupRequest (POST /cxml/setup) ou par un appel OCI (GET ou POST /oci)."),
            Map.entry("session.cxml", "Session punch-out cXML, opération %s."),
            Map.entry("session.oci", "Session punch-out OCI."),
            Map.entry("part", "Référence"),
            Map.entry("description", "Désignation"),
            Map.entry("unit", "Unité"),
            Map.entry("price", "Prix"),
            Map.entry("per", "pour"),
            Map.entry("quantity", "Quantité"),
            Map.entry("amount", "Montant"),
            Map.entry("add", "Ajouter"),
            Map.entry("remove", "Retirer"),
            Map.entry("cart", "Panier"),
            Map.entry("cart.empty", "Le panier est vide."),
            Map.entry("total", "Total\u00a0:"),
            Map.entry("variants", "Variantes de test (cartes mal formées que de vrais catalogues envoient)"),
            Map.entry("variants.field", "Nom du champ cXML\u00a0:"),
            Map.entry("variants.priceunit", "PRICEUNIT\u00a0:"),
            Map.entry("variants.longtext", "Texte long\u00a0:"),
            Map.entry("variants.other", "Autres\u00a0:"),
            Map.entry("priceunit-as-sold", "comme vendu (1 ou 1000)"),
            Map.entry("checkout", "Transférer le panier"),
            Map.entry("returning", "Transfert du panier vers votre système d'achat…"),
            Map.entry("send", "Envoyer le panier"),
            Map.entry("error", "Erreur"),
            Map.entry("error.session", "Cette session de la boutique n'existe pas ou a expiré. Relancez le punch-out depuis votre système d'achat."),
            Map.entry("error.start", "Cette page d'accueil a déjà servi ou a expiré. Relancez le punch-out depuis votre système d'achat."),
            Map.entry("error.credentials", "Identifiant ou mot de passe OCI incorrect (USERNAME, PASSWORD)."),
            Map.entry("error.hook", "Le paramètre HOOK_URL manque\u00a0: la boutique ne sait pas où renvoyer le panier."),
            Map.entry("error.part", "Article inconnu\u00a0: %s."),
            Map.entry("error.quantity", "Quantité invalide\u00a0: «\u00a0%s\u00a0». Saisissez un nombre positif, par exemple 3 ou 2,5."),
            Map.entry("error.variant", "Variante inconnue\u00a0: %s."),
            Map.entry("error.notfound", "Page introuvable\u00a0: %s."),
            Map.entry("error.method", "Méthode %s non acceptée ici."),
            Map.entry("back", "Retour à la boutique"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("title", "Demo shop"),
            Map.entry("index", "OpenProcure's demo punch-out catalog. The buyer system opens a session with a cXML "
                    + "PunchOutSetupRequest (POST /cxml/setup) or with an OCI call (GET or POST /oci)."),
            Map.entry("session.cxml", "cXML punch-out session, operation %s."),
            Map.entry("session.oci", "OCI punch-out session."),
            Map.entry("part", "Part number"),
            Map.entry("description", "Description"),
            Map.entry("unit", "Unit"),
            Map.entry("price", "Price"),
            Map.entry("per", "per"),
            Map.entry("quantity", "Quantity"),
            Map.entry("amount", "Amount"),
            Map.entry("add", "Add"),
            Map.entry("remove", "Remove"),
            Map.entry("cart", "Cart"),
            Map.entry("cart.empty", "The cart is empty."),
            Map.entry("total", "Total:"),
            Map.entry("variants", "Test variants (malformed carts that real catalogs send)"),
            Map.entry("variants.field", "cXML field name:"),
            Map.entry("variants.priceunit", "PRICEUNIT:"),
            Map.entry("variants.longtext", "Long text:"),
            Map.entry("variants.other", "Others:"),
            Map.entry("priceunit-as-sold", "as sold (1 or 1000)"),
            Map.entry("checkout", "Transfer the cart"),
            Map.entry("returning", "Transferring the cart to your purchasing system…"),
            Map.entry("send", "Send the cart"),
            Map.entry("error", "Error"),
            Map.entry("error.session", "This shop session does not exist or has expired. Start the punch-out again from your purchasing system."),
            Map.entry("error.start", "This start page was already used or has expired. Start the punch-out again from your purchasing system."),
            Map.entry("error.credentials", "Invalid OCI user name or password (USERNAME, PASSWORD)."),
            Map.entry("error.hook", "The HOOK_URL parameter is missing, so the shop does not know where to return the cart."),
            Map.entry("error.part", "Unknown article: %s."),
            Map.entry("error.quantity", "Invalid quantity: \"%s\". Enter a positive number, such as 3 or 2.5."),
            Map.entry("error.variant", "Unknown variant: %s."),
            Map.entry("error.notfound", "Page not found: %s."),
            Map.entry("error.method", "Method %s is not accepted here."),
            Map.entry("back", "Back to the shop"));

    private Messages() {
    }

    /**
     * Returns "en" when the Accept-Language header prefers English to French, else "fr". Tags are
     * taken in order of their q values; the first French or English one decides.
     */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "fr";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) {
                    return "en";
                }
                if (tag.startsWith("fr")) {
                    return "fr";
                }
            }
        } catch (IllegalArgumentException e) {
            // An Accept-Language header that does not parse leaves the page in French.
        }
        return "fr";
    }

    static String text(String language, String key, Object... arguments) {
        String pattern = ("en".equals(language) ? ENGLISH : FRENCH).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message " + key);
        }
        return arguments.length == 0 ? pattern : String.format(pattern, arguments);
    }
}
