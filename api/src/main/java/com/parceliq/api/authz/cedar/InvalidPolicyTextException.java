package com.parceliq.api.authz.cedar;

/** Cedar text that does not parse into static policies; the message is the parser's. */
public class InvalidPolicyTextException extends Exception {

  public InvalidPolicyTextException(String message) {
    super(message);
  }
}
