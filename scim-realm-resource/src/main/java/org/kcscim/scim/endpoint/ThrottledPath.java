package org.kcscim.scim.endpoint;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.CompletionStage;

/**
 * Every SCIM path, for a client address that failed to authenticate too often: the same 429, held back by
 * {@link HeldAnswers}, whatever the method, path, key or body. Nothing of the request is read.
 */
public class ThrottledPath {

    private final CompletionStage<Response> answer;

    ThrottledPath(CompletionStage<Response> answer) {
        this.answer = answer;
    }

    @GET
    public CompletionStage<Response> get() {
        return answer;
    }

    @POST
    public CompletionStage<Response> post() {
        return answer;
    }

    @PUT
    public CompletionStage<Response> put() {
        return answer;
    }

    @PATCH
    public CompletionStage<Response> patch() {
        return answer;
    }

    @DELETE
    public CompletionStage<Response> delete() {
        return answer;
    }

    @Path("{rest: .+}")
    public ThrottledPath below() {
        return this;
    }
}
