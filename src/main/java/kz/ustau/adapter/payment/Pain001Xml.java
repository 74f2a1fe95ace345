package kz.ustau.adapter.payment;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import kz.ustau.adapter.payment.pain001.AccountIdentification4Choice;
import kz.ustau.adapter.payment.pain001.ActiveOrHistoricCurrencyAndAmount;
import kz.ustau.adapter.payment.pain001.AmountType3Choice;
import kz.ustau.adapter.payment.pain001.BranchAndFinancialInstitutionIdentification4;
import kz.ustau.adapter.payment.pain001.CashAccount16;
import kz.ustau.adapter.payment.pain001.CreditTransferTransactionInformation10;
import kz.ustau.adapter.payment.pain001.CustomerCreditTransferInitiationV03;
import kz.ustau.adapter.payment.pain001.Document;
import kz.ustau.adapter.payment.pain001.FinancialInstitutionIdentification7;
import kz.ustau.adapter.payment.pain001.GenericOrganisationIdentification1;
import kz.ustau.adapter.payment.pain001.GenericPersonIdentification1;
import kz.ustau.adapter.payment.pain001.GroupHeader32;
import kz.ustau.adapter.payment.pain001.LazyTransactions;
import kz.ustau.adapter.payment.pain001.ObjectFactory;
import kz.ustau.adapter.payment.pain001.OrganisationIdentification4;
import kz.ustau.adapter.payment.pain001.OrganisationIdentificationSchemeName1Choice;
import kz.ustau.adapter.payment.pain001.Party6Choice;
import kz.ustau.adapter.payment.pain001.PartyIdentification32;
import kz.ustau.adapter.payment.pain001.PaymentIdentification1;
import kz.ustau.adapter.payment.pain001.PaymentInstructionInformation3;
import kz.ustau.adapter.payment.pain001.PaymentMethod3Code;
import kz.ustau.adapter.payment.pain001.PersonIdentification5;
import kz.ustau.adapter.payment.pain001.PersonIdentificationSchemeName1Choice;
import kz.ustau.adapter.payment.pain001.Purpose2Choice;
import kz.ustau.adapter.payment.pain001.RegulatoryReporting3;
import kz.ustau.adapter.payment.pain001.RemittanceInformation5;
import kz.ustau.adapter.payment.pain001.StructuredRegulatoryReporting3;
import kz.ustau.app.Employer;
import kz.ustau.app.MonthResult;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;
import kz.ustau.domain.writ.PaymentParty;
import org.xml.sax.SAXException;

/**
 * {@code payments.xml}: ISO 20022 {@code pain.001.001.03} (CONTRACT §5.3; shared/domain/payments.md §3.3), through
 * classes generated from the ISO schema at build time. One payment information block per value date, {@code NbOfTxs}
 * and {@code CtrlSum} exact, the employer as debtor (BIN), the employee as ultimate debtor ({@code UltmtDbtr}, IIN: the
 * actual payer), the KNP in {@code Purp/Prtry}, KOd/KBe in {@code RgltryRptg}, the purpose in {@code RmtInf/Ustrd}
 * pieces of 140. Every document is validated against the schema while it is written; an invalid one is a fault,
 * never a file.
 */
public final class Pain001Xml extends OrderFile {
    public static final String FILE = "payments.xml";
    static final String XSD = "/xsd/pain.001.001.03.xsd";
    private static final int USTRD = 140;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");
    /**
     * The JAXB context and the schema: made on a background thread as soon as the class is loaded (half a second of
     * a cold JVM, issue 21), so that they are ready by the time a month is written.
     */
    private static final CompletableFuture<Prepared> PREPARED = CompletableFuture.supplyAsync(() -> {
        try {
            return new Prepared(JAXBContext.newInstance(Document.class), schema());
        } catch (JAXBException | SAXException e) {
            throw new IllegalStateException("pain.001 classes or schema cannot be loaded", e);
        }
    });

    private record Prepared(JAXBContext context, Schema schema) {}

    private static Prepared prepared() {
        try {
            return PREPARED.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IllegalStateException ise ? ise : new IllegalStateException(e.getCause());
        }
    }

    /** The pain.001.001.03 schema from the jar, loaded with external access switched off. */
    static Schema schema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL xsd = Pain001Xml.class.getResource(XSD);
        return factory.newSchema(xsd);
    }

    public Pain001Xml() {
        super(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        try {
            Prepared prepared = prepared();
            Marshaller m = prepared.context().createMarshaller();
            m.setSchema(prepared.schema());
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.marshal(document(result), out);
        } catch (JAXBException e) {
            Optional<IOException> io = writing(e);
            if (io.isPresent()) {
                // the stream failed (a full disk), not the document: a fault of the place, said as one
                throw io.get();
            }
            throw new IllegalStateException(
                    "pain.001 document does not validate against the schema: "
                            + (e.getLinkedException() != null
                                    ? e.getLinkedException().getMessage()
                                    : e.getMessage()),
                    e);
        }
    }

    /** The fault of the stream under a marshalling failure, if it was one (JAXB links it, often under a SAX one). */
    static Optional<IOException> writing(JAXBException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    static JAXBElement<Document> document(MonthResult result) {
        Employer e = result.employer();
        List<PaymentOrder> orders = result.payments();
        String msgId = "USTAU-" + result.period() + "-" + orders.get(0).number();
        GroupHeader32 header = new GroupHeader32();
        header.setMsgId(msgId);
        header.setCreDtTm(dateTime(result));
        header.setNbOfTxs(Integer.toString(orders.size()));
        header.setCtrlSum(total(orders));
        header.setInitgPty(organisation(e.name(), e.bin().digits()));

        CustomerCreditTransferInitiationV03 initiation = new CustomerCreditTransferInitiationV03();
        initiation.setGrpHdr(header);
        Map<LocalDate, List<PaymentOrder>> byDate = new TreeMap<>();
        orders.forEach(o ->
                byDate.computeIfAbsent(o.valueDate(), d -> new ArrayList<>()).add(o));
        for (Map.Entry<LocalDate, List<PaymentOrder>> entry : byDate.entrySet()) {
            initiation.getPmtInf().add(block(msgId, e, entry.getKey(), entry.getValue()));
        }
        Document doc = new Document();
        doc.setCstmrCdtTrfInitn(initiation);
        return new ObjectFactory().createDocument(doc);
    }

    private static PaymentInstructionInformation3 block(
            String msgId, Employer e, LocalDate valueDate, List<PaymentOrder> orders) {
        PaymentInstructionInformation3 block = new PaymentInstructionInformation3();
        block.setPmtInfId(msgId + "-" + valueDate.format(COMPACT));
        block.setPmtMtd(PaymentMethod3Code.TRF);
        block.setNbOfTxs(Integer.toString(orders.size()));
        block.setCtrlSum(total(orders));
        block.setReqdExctnDt(date(valueDate));
        block.setDbtr(organisation(e.name(), e.bin().digits()));
        block.setDbtrAcct(account(e.iban().value(), true));
        block.setDbtrAgt(agent(e.bic().value()));
        // made as the marshaller reaches each one: the document is written, never held whole (issue 21)
        LazyTransactions.fill(block, orders.size(), i -> transaction(msgId, orders.get(i)));
        return block;
    }

    private static CreditTransferTransactionInformation10 transaction(String msgId, PaymentOrder o) {
        CreditTransferTransactionInformation10 tx = new CreditTransferTransactionInformation10();
        PaymentIdentification1 id = new PaymentIdentification1();
        id.setInstrId(Long.toString(o.number()));
        id.setEndToEndId(
                "USTAU-" + o.period() + "-" + o.number() + "-" + o.writ().id());
        if (id.getEndToEndId().length() > 35) {
            id.setEndToEndId(id.getEndToEndId().substring(0, 35));
        }
        tx.setPmtId(id);
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setCcy("KZT");
        amount.setValue(o.amount().amount());
        AmountType3Choice amt = new AmountType3Choice();
        amt.setInstdAmt(amount);
        tx.setAmt(amt);
        tx.setUltmtDbtr(person(o.debtor().fullName(), o.debtor().iin().digits()));
        tx.setCdtrAgt(agent(o.payee().bic().value()));
        tx.setCdtr(party(o.payee()));
        tx.setCdtrAcct(account(o.payee().iban().value(), false));
        Purpose2Choice purpose = new Purpose2Choice();
        purpose.setPrtry(o.knp());
        tx.setPurp(purpose);
        StructuredRegulatoryReporting3 details = new StructuredRegulatoryReporting3();
        details.setCd(o.kod());
        details.getInf().add("KOD=" + o.kod() + ";KBE=" + o.kbe() + ";KNP=" + o.knp());
        RegulatoryReporting3 reporting = new RegulatoryReporting3();
        reporting.getDtls().add(details);
        tx.getRgltryRptg().add(reporting);
        RemittanceInformation5 remittance = new RemittanceInformation5();
        // pieces of 140 cut between words, each break in a space's place: a bank that joins them with a space reads the
        // text again, the payer's IIN whole in one piece with its label (RULES §8); one that reads only the first finds
        // the payer in UltmtDbtr
        remittance.getUstrd().addAll(PaymentPurpose.pieces(o.purpose(), USTRD, USTRD, ""));
        tx.setRmtInf(remittance);
        return tx;
    }

    /**
     * A payee identified by a BIN is an organisation ({@code OrgId}, scheme {@code BIN}); by an IIN, a person
     * ({@code PrvtId}, scheme {@code IIN}) — by its number, never by its KBe (RULES §8).
     */
    private static PartyIdentification32 party(PaymentParty payee) {
        return payee.id().isBin()
                ? organisation(payee.name(), payee.id().digits())
                : person(payee.name(), payee.id().digits());
    }

    private static PartyIdentification32 person(String name, String iin) {
        GenericPersonIdentification1 other = new GenericPersonIdentification1();
        other.setId(iin);
        PersonIdentificationSchemeName1Choice scheme = new PersonIdentificationSchemeName1Choice();
        scheme.setPrtry("IIN");
        other.setSchmeNm(scheme);
        PersonIdentification5 prvt = new PersonIdentification5();
        prvt.getOthr().add(other);
        Party6Choice id = new Party6Choice();
        id.setPrvtId(prvt);
        return named(name, id);
    }

    private static PartyIdentification32 organisation(String name, String bin) {
        GenericOrganisationIdentification1 other = new GenericOrganisationIdentification1();
        other.setId(bin);
        OrganisationIdentificationSchemeName1Choice scheme = new OrganisationIdentificationSchemeName1Choice();
        scheme.setPrtry("BIN");
        other.setSchmeNm(scheme);
        OrganisationIdentification4 org = new OrganisationIdentification4();
        org.getOthr().add(other);
        Party6Choice id = new Party6Choice();
        id.setOrgId(org);
        return named(name, id);
    }

    private static PartyIdentification32 named(String name, Party6Choice id) {
        PartyIdentification32 party = new PartyIdentification32();
        party.setNm(name);
        party.setId(id);
        return party;
    }

    private static CashAccount16 account(String iban, boolean withCurrency) {
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setIBAN(iban);
        CashAccount16 account = new CashAccount16();
        account.setId(id);
        if (withCurrency) {
            account.setCcy("KZT");
        }
        return account;
    }

    private static BranchAndFinancialInstitutionIdentification4 agent(String bic) {
        FinancialInstitutionIdentification7 fi = new FinancialInstitutionIdentification7();
        fi.setBIC(bic);
        BranchAndFinancialInstitutionIdentification4 agent = new BranchAndFinancialInstitutionIdentification4();
        agent.setFinInstnId(fi);
        return agent;
    }

    private static BigDecimal total(List<PaymentOrder> orders) {
        return Tenge.sum(orders.stream().map(PaymentOrder::amount).toList()).amount();
    }

    private static XMLGregorianCalendar date(LocalDate date) {
        return datatypes().newXMLGregorianCalendar(date.toString());
    }

    private static XMLGregorianCalendar dateTime(MonthResult result) {
        return datatypes()
                .newXMLGregorianCalendar(
                        result.now().withNano(0).toString().length() == 16
                                ? result.now().withNano(0) + ":00"
                                : result.now().withNano(0).toString());
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
