package be.beroepencatalogus.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests whose {@code Host} names this server: the loopback names, and the address it was told
 * to listen on. Without this, a web page whose own name an attacker points at 127.0.0.1 (DNS rebinding) could
 * read the preview and its event stream, which carries absolute paths. The port is not checked: a rebinding
 * page cannot choose the name, and a tunnel or port forward to the preview legitimately arrives on another.
 */
final class HostCheck extends Filter {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", nameOf("::1"));
  private static final String REFUSED = "this preview answers only to localhost, 127.0.0.1 and [::1]; "
      + "start serve with --host NAME to reach it by another name";

  private final Set<String> names;

  private HostCheck(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /**
   * The loopback names plus {@code host} as given (a name or an address) and the {@code address} it resolved to;
   * an address that listens on every interface (0.0.0.0) also takes the addresses of this machine's interfaces.
   */
  static HostCheck forListening(String host, InetAddress address) {
    Set<String> names = new HashSet<>(LOOPBACK);
    names.add(nameOf(host));
    names.add(nameOf(address));
    names.remove(null);
    if (address.isAnyLocalAddress()) {
      names.addAll(interfaceNames());
    }
    return new HostCheck(names);
  }

  /** Whether a request with these {@code Host} headers is for this server: exactly one, naming it. */
  boolean allows(List<String> hostHeaders) {
    if (hostHeaders == null || hostHeaders.size() != 1) {
      return false;
    }
    String name = nameIn(hostHeaders.get(0).trim());
    return name != null && names.contains(name);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (allows(exchange.getRequestHeaders().get("Host"))) {
      chain.doFilter(exchange);
      return;
    }
    // 421 Misdirected Request: the name is not one this server answers to.
    StaticSiteServer.sendPlain(exchange, 421, REFUSED);
  }

  @Override
  public String description() {
    return "answers only requests whose Host names this server";
  }

  /**
   * The name in a Host header in the form the allowed names are kept in (lower case, an IPv6 address in full as
   * Java writes it), or null when it is malformed (such as an IPv6 address without brackets).
   */
  static String nameIn(String host) {
    int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':');
    if (end == 0) {
      return null;
    }
    String name = end < 0 ? host : host.substring(0, end);
    String rest = end < 0 ? "" : host.substring(end);
    if (name.isEmpty() || !(rest.isEmpty() || rest.matches(":[0-9]{1,5}"))) {
      return null;
    }
    return name.startsWith("[") ? ipv6(name.substring(1, name.length() - 1)) : name.toLowerCase(Locale.ROOT);
  }

  private static String nameOf(String host) {
    return host.contains(":") ? ipv6(host.replace("[", "").replace("]", "")) : host.toLowerCase(Locale.ROOT);
  }

  private static String nameOf(InetAddress address) {
    return address instanceof Inet6Address ? ipv6(address.getHostAddress()) : address.getHostAddress();
  }

  /**
   * {@code [address]} as Java writes it without a zone, or null. In brackets and with a colon, InetAddress
   * parses the text as an IPv6 address and never looks it up in DNS.
   */
  private static String ipv6(String literal) {
    if (!literal.contains(":")) {
      return null;
    }
    try {
      String address = InetAddress.getByName("[" + literal + "]").getHostAddress();
      int zone = address.indexOf('%');
      return "[" + (zone < 0 ? address : address.substring(0, zone)) + "]";
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
  }

  private static Set<String> interfaceNames() {
    Set<String> names = new HashSet<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        nic.inetAddresses().map(HostCheck::nameOf).forEach(names::add);
      }
    } catch (SocketException unavailable) {
      // then only the loopback names and the name given answer
    }
    return names;
  }
}
